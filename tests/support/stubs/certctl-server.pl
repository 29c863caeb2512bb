# A stand-in for /app/server of certctl v2.1.7, for the pod harness: the checks the server makes
# on its configuration and files before it serves (or migrates), reported to STUB_REPORT. Perl,
# because it must show its own path as argv[0] in /proc/<pid>/cmdline, as the Go binary does:
# the reload sidecar finds the server by that.
#
# First config.Load() validates the whole configuration, with or without --migrate-only
# (cmd/server/main.go:59-66); any failure exits 1:
#   - the TLS certificate and key paths must be set, name readable files, and hold a certificate
#     and the private key of its public key: tls.LoadX509KeyPair (internal/config/config.go:722-747;
#     cmd/server/tls.go:182-199 checks them again later). Here `openssl` compares the public keys;
#   - CERTCTL_CONFIG_ENCRYPTION_KEY, when set, must be 32 bytes or more (config.go:762-767);
#   - auth type api-key (the default) needs a non-empty CERTCTL_AUTH_SECRET (config.go:861-863);
#   - CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY=true needs a non-empty CERTCTL_AGENT_BOOTSTRAP_TOKEN
#     (config.go:873-875);
#   - CERTCTL_ACME_INSECURE=true needs CERTCTL_ACME_INSECURE_ACK=true (config.go:885-887).
#   Switches are true for "true", "1" or "yes" (getEnvBool, config.go:1300-1305).
# Then the migrations (cmd/server/migrations.go:143-190), which the stub only reports:
#   - with --migrate-only anywhere in its arguments (migrations.go:107-114) it migrates, seeds and
#     exits 0 before anything below (migrations.go:183-190);
#   - otherwise it migrates at start unless CERTCTL_MIGRATIONS_VIA_HOOK is "true" in any case
#     (migrations.go:144-158).
# Then, starting the server:
#   - a SCEP RA key (CERTCTL_SCEP_RA_KEY_PATH, CERTCTL_SCEP_PROFILE_<NAME>_RA_KEY_PATH) that group
#     or others may read (`mode & 077 != 0`) makes it refuse to start (cmd/server/wire.go:374-383);
#   - the local issuer's CA files, when set, are read (lazily in certctl; here at start);
#   - SIGHUP reloads the key pair (tls.go:91-120); SIGTERM stops it, exit 0 (main.go:2228-2283).
#
# Why a stand-in at all, when the real binaries run in other tests: the pod harness runs every
# container of a synthesized pod, and needs from the server process what the real one cannot be
# made to show on demand: a line per check in STUB_REPORT (which RA key it looked at, with what
# mode and owner; whether it migrated or skipped), a SIGHUP it records without serving (the
# reload sidecar's test needs no database), and a start that ends at once after its checks,
# without a PostgreSQL, for the file and permission rules of every environment.
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

# The public key of a certificate (`x509`) or of a private key (`pkey`), as openssl prints it; empty
# when the file holds no such thing.
sub public_key {
    my ($kind, $path) = @_;
    my @argv = $kind eq 'x509' ? ('x509', '-noout', '-pubkey', '-in', $path) : ('pkey', '-pubout', '-in', $path);
    # The pod's PATH holds BusyBox applets only; openssl is this machine's.
    my ($openssl) = grep { -x } map { "$_/openssl" } (split(/:/, $ENV{PATH} // ''), '/usr/bin', '/bin');
    $openssl or fatal("openssl is not installed (Debian package openssl)");
    my $pid = open(my $fh, '-|') // fatal("cannot run openssl: $!");
    if (!$pid) { open(STDERR, '>', '/dev/null'); exec($openssl, @argv) or exit 127; }
    local $/;
    my $text = <$fh> // '';
    close($fh);
    return $? == 0 ? $text : '';
}

sub switch_on { my $value = $ENV{$_[0]} // ''; return $value eq 'true' || $value eq '1' || $value eq 'yes'; }

for my $name ('CERTCTL_SERVER_TLS_CERT_PATH', 'CERTCTL_SERVER_TLS_KEY_PATH') {
    my $path = $ENV{$name} or fatal("$name is required");
    readable_pem($path) or fatal("cannot read $path");
}
my $cert_key = public_key('x509', $ENV{CERTCTL_SERVER_TLS_CERT_PATH});
$cert_key ne '' or fatal("server TLS cert/key pair invalid: no certificate in $ENV{CERTCTL_SERVER_TLS_CERT_PATH}");
$cert_key eq public_key('pkey', $ENV{CERTCTL_SERVER_TLS_KEY_PATH})
    or fatal("server TLS cert/key pair invalid: private key does not match public key");
my $encryption_key = $ENV{CERTCTL_CONFIG_ENCRYPTION_KEY} // '';
fatal(sprintf("CERTCTL_CONFIG_ENCRYPTION_KEY too short (%d bytes; minimum 32)", length $encryption_key))
    if $encryption_key ne '' && length $encryption_key < 32;
fatal("auth secret is required for auth type api-key")
    if ($ENV{CERTCTL_AUTH_TYPE} // 'api-key') eq 'api-key' && ($ENV{CERTCTL_AUTH_SECRET} // '') eq '';
fatal("agent bootstrap token required (CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY)")
    if switch_on('CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY') && ($ENV{CERTCTL_AGENT_BOOTSTRAP_TOKEN} // '') eq '';
fatal("CERTCTL_ACME_INSECURE needs CERTCTL_ACME_INSECURE_ACK")
    if switch_on('CERTCTL_ACME_INSECURE') && !switch_on('CERTCTL_ACME_INSECURE_ACK');

if (grep { $_ eq '--migrate-only' } @ARGV) {
    report("migrations: applied, --migrate-only");
    report("exit: migrated");
    exit 0;
}
report(lc($ENV{CERTCTL_MIGRATIONS_VIA_HOOK} // '') eq 'true' ? "migrations: skipped, via hook" : "migrations: applied");
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
