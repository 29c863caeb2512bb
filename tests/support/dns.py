"""A DNS server for one name, on 127.0.0.1: what cluster DNS answers for a headless Service (an A
record per ready pod). BusyBox `nslookup NAME 127.0.0.1:PORT` queries it as it would kube-dns."""

from __future__ import annotations

import socket
import struct
import threading


class HeadlessServiceDns:
    """Answers A queries for `name` with `addresses`; every other name or type gets no answer."""

    def __init__(self, name: str, addresses: list[str]) -> None:
        self.name, self.addresses = name.rstrip(".").lower(), list(addresses)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind(("127.0.0.1", 0))
        self.server = f"127.0.0.1:{self._socket.getsockname()[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> HeadlessServiceDns:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as wake:  # ends _serve's wait for a query
            wake.sendto(b"", self._socket.getsockname())
        self._thread.join(timeout=5)
        self._socket.close()

    def _serve(self) -> None:
        while True:
            query, client = self._socket.recvfrom(512)
            if self._stop.is_set():
                return
            self._socket.sendto(self._answer(query), client)

    def _answer(self, query: bytes) -> bytes:
        labels, offset = [], 12
        while query[offset]:
            length = query[offset]
            labels.append(query[offset + 1 : offset + 1 + length].decode().lower())
            offset += length + 1
        question_end = offset + 5
        qtype = struct.unpack(">H", query[offset + 1 : offset + 3])[0]
        answers = b""
        if ".".join(labels) == self.name and qtype == 1:
            for address in self.addresses:  # a pointer to the question's name, type A, class IN, TTL 5
                answers += b"\xc0\x0c" + struct.pack(">HHIH", 1, 1, 5, 4) + socket.inet_aton(address)
        count = len(answers) // 16
        header = query[:2] + b"\x81\x80" + struct.pack(">HHHH", 1, count, 0, 0)
        return header + query[12:question_end] + answers
