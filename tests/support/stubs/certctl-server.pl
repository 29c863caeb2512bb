# A stand-in for /app/server of certctl v2.1.7, for the pod harness: the checks the server makes
# on its files before it serves, reported to STUB_REPORT. Perl, because it must show its own path
# as argv[0] in /proc/<pid>/cmdline, as the Go binary does: the reload sidecar finds the server
# by that.
#
#   - the TLS certificate and key must be readable PEM, or it exits 1
#     (internal/config/config.go:722-746, cmd/server/tls.go:182-199);
#   - a SCEP RA key (CERTCTL_SCEP_RA_KEY_PATH, CERTCTL_SCEP_PROFILE_<NAME>_RA_KEY_PATH) that group
#     or others may read (`mode & 077 != 0`) makes it refuse to start (cmd/server/wire.go:374-383);
#   - the local issuer's CA files, when set, are read (lazily in certctl; here at start);
#   - SIGHUP reloads the key pair (tls.go:91-120); SIGTERM stops it, exit 0 (main.go:2228-2283).
use strict;
use warnings;

$0 = $ENV{STUB_ARGV0} if $ENV{STUB_ARGV0};
sub report { open(my $fh, '>>', $ENV{STUB_REPORT}) or die; print $fh "@_\n"; close($fh); }
sub fatal { report("exit: @_"); print STDERR "server: @_\n"; exit 1; }
sub readable_pem {
    my ($path) = @_;
    open(my $fh, '<', $path) or return 0;
    local $/;
    my $text = <$fh>;
    return defined $text && $text =~ /-----BEGIN /;
}

for my $name ('CERTCTL_SERVER_TLS_CERT_PATH', 'CERTCTL_SERVER_TLS_KEY_PATH') {
    my $path = $ENV{$name} or fatal("$name is required");
    readable_pem($path) or fatal("cannot read $path");
}
for my $name ('CERTCTL_CA_CERT_PATH', 'CERTCTL_CA_KEY_PATH') {
    next unless $ENV{$name};
    readable_pem($ENV{$name}) or fatal("cannot read $ENV{$name}");
}
for my $name (sort grep { /^CERTCTL_SCEP(_PROFILE_[A-Z0-9_]+)?_RA_KEY_PATH$/ } keys %ENV) {
    my $path = $ENV{$name};
    my @info = stat($path) or fatal("cannot stat RA key $path");
    my $mode = $info[2] & 07777;
    fatal(sprintf("RA key %s has mode %o, readable by group or others; refusing to start", $path, $mode))
        if $mode & 077;
    readable_pem($path) or fatal("cannot read RA key $path");
    report(sprintf("ra-key: %s %o %d", $path, $mode, $info[4]));
}

$SIG{HUP} = sub { report("reloaded") };
$SIG{TERM} = sub { report("exit: stopped"); exit 0 };
report("running");
sleep 1 while 1;
