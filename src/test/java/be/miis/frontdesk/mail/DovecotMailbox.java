package be.miis.frontdesk.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real IMAP server for the mail benchmark: Dovecot, started as a child process from a configuration generated in a
 * temporary directory (listening on 127.0.0.1 on a free port, no TLS, plain login with one password for any user,
 * one Maildir), stopped and removed by {@link #close()}. GreenMail's IMAP server is not fit for a backlog: it builds
 * the list of every UID for each message a command touches, so that 10 000 mails measured GreenMail, not Frontdesk.
 *
 * <p>Mails are delivered as a local delivery agent does: written into the Maildir's {@code tmp/}, then moved into
 * {@code new/}, where Dovecot finds them at the next SELECT. Dovecot refuses to touch mail as root: when the
 * benchmark runs as root, Dovecot's own package users run its processes and own the Maildir.
 */
final class DovecotMailbox implements AutoCloseable {

    private static final Path DOVECOT = Path.of(setting("FRONTDESK_DOVECOT", "/usr/sbin/dovecot"));
    private static final String INSTALL = "apt-get install -y dovecot-imapd, or set FRONTDESK_DOVECOT";

    private final Path directory;
    private final Path maildir;
    private final Process process;
    private final int port;
    private final UserPrincipal mailUser;
    private final GroupPrincipal mailGroup;
    private final Path logCopy;
    private final Thread stopAtExit = new Thread(this::stop, "stop-dovecot");
    private int delivered;
    private boolean stopped;

    private DovecotMailbox(
            Path directory,
            Path maildir,
            Process process,
            int port,
            UserPrincipal mailUser,
            GroupPrincipal mailGroup,
            Path logCopy) {
        this.directory = directory;
        this.maildir = maildir;
        this.process = process;
        this.port = port;
        this.mailUser = mailUser;
        this.mailGroup = mailGroup;
        this.logCopy = logCopy;
    }

    /**
     * Starts Dovecot with any login and this password; its log is copied to {@code logCopy} when it stops. Fails at
     * once when Dovecot is not installed.
     */
    static DovecotMailbox start(String password, Path logCopy) throws IOException, InterruptedException {
        if (!Files.isExecutable(DOVECOT)) {
            throw new IllegalStateException(
                    "No Dovecot at " + DOVECOT + ": the mail benchmark needs a real IMAP server (" + INSTALL + ")");
        }
        Path directory = Files.createTempDirectory("frontdesk-dovecot");
        // Dovecot's processes run as its own users when we are root: they must pass through this directory.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            PosixFileAttributeView owner = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
            boolean root = ((Integer) Files.getAttribute(directory, "unix:uid")) == 0;
            UserPrincipalLookupService names = directory.getFileSystem().getUserPrincipalLookupService();
            // Dovecot refuses mail access as root (whatever first_valid_uid says): its package user then owns the mail.
            String internalUser = root ? "dovecot" : owner.getOwner().getName();
            String loginUser = root ? "dovenull" : internalUser;
            String group = root ? "dovecot" : owner.readAttributes().group().getName();
            UserPrincipal mailUser = names.lookupPrincipalByName(internalUser);
            GroupPrincipal mailGroup = names.lookupPrincipalByGroupName(group);
            Path maildir = directory.resolve("Maildir");
            for (Path folder : List.of(maildir.resolve("tmp"), maildir.resolve("new"), maildir.resolve("cur"))) {
                Files.createDirectories(folder);
            }
            Path home = Files.createDirectories(directory.resolve("home"));
            for (Path path :
                    List.of(maildir, maildir.resolve("tmp"), maildir.resolve("new"), maildir.resolve("cur"), home)) {
                own(path, mailUser, mailGroup);
            }
            int port = freePort();
            Path configuration = directory.resolve("dovecot.conf");
            Files.writeString(
                    configuration,
                    configuration(directory, maildir, home, port, password, internalUser, loginUser, group, root),
                    StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(DOVECOT.toString(), "-F", "-c", configuration.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("dovecot.out").toFile())
                    .start();
            DovecotMailbox dovecot =
                    new DovecotMailbox(directory, maildir, process, port, mailUser, mailGroup, logCopy);
            Runtime.getRuntime().addShutdownHook(dovecot.stopAtExit);
            try {
                dovecot.awaitListening();
            } catch (IOException | RuntimeException | InterruptedException failed) {
                dovecot.close();
                throw failed;
            }
            return dovecot;
        } catch (IOException | RuntimeException | InterruptedException failed) {
            if (Files.exists(directory)) {
                delete(directory);
            }
            throw failed;
        }
    }

    private static String configuration(
            Path directory,
            Path maildir,
            Path home,
            int port,
            String password,
            String internalUser,
            String loginUser,
            String group,
            boolean root) {
        return """
                protocols = imap
                listen = 127.0.0.1
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                first_valid_uid = 0
                first_valid_gid = 0
                default_internal_user = %5$s
                default_internal_group = %7$s
                default_login_user = %6$s
                %8$s
                mail_location = maildir:%2$s
                passdb {
                  driver = static
                  args = password=%4$s
                }
                userdb {
                  driver = static
                  args = allow_all_users=yes home=%9$s
                }
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %3$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                """.formatted(
                        directory,
                        maildir,
                        port,
                        password,
                        internalUser,
                        loginUser,
                        group,
                        root ? "mail_uid = %1$s%nmail_gid = %2$s".formatted(internalUser, group) : "",
                        home);
    }

    int port() {
        return port;
    }

    /** Delivers one mail (the bytes of an RFC 5322 message with CRLF line ends) into the mailbox's {@code new/}. */
    void deliver(byte[] mail) throws IOException {
        delivered++;
        // The Maildir name of a delivery agent: unique, and with the size, which spares Dovecot a stat per mail.
        String name = "%d.M%dP%d_%d.frontdesk,S=%d"
                .formatted(
                        System.currentTimeMillis() / 1000,
                        System.nanoTime() / 1000 % 1_000_000,
                        ProcessHandle.current().pid(),
                        delivered,
                        mail.length);
        Path written = maildir.resolve("tmp").resolve(name);
        Files.write(written, mail);
        own(written, mailUser, mailGroup);
        Files.move(written, maildir.resolve("new").resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** "Dovecot 2.3.19.1 (Maildir)", for the report. */
    String describe() throws IOException, InterruptedException {
        Process version = new ProcessBuilder(DOVECOT.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        version.waitFor(10, TimeUnit.SECONDS);
        return "Dovecot " + text.split(" ")[0] + " (Maildir)";
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Dovecot stopped at its start (exit " + process.exitValue() + "): "
                        + log() + " (" + INSTALL + ")");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Dovecot does not listen on port " + port + " after 30 s: " + log());
    }

    private String log() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : List.of("dovecot.out", "dovecot.log")) {
            Path path = directory.resolve(file);
            if (Files.exists(path)) {
                text.append(Files.readString(path, StandardCharsets.UTF_8).strip())
                        .append(' ');
            }
        }
        return text.toString().strip();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs now, or has run.
        }
        stop();
    }

    /** Stops Dovecot and its processes, keeps its log, removes its directory; once. */
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            Path log = directory.resolve("dovecot.log");
            if (Files.exists(log) && logCopy != null) {
                Files.createDirectories(logCopy.toAbsolutePath().getParent());
                Files.copy(log, logCopy, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException ignored) {
            // Only a copy for reading after the run: the directory is removed all the same.
        }
        delete(directory);
    }

    private static void own(Path path, UserPrincipal user, GroupPrincipal group) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (!view.getOwner().equals(user)) {
            view.setOwner(user);
        }
        view.setGroup(group);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (IOException | UncheckedIOException failed) {
            System.err.println("Could not remove " + directory + ": " + failed);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
