package kr.gongyu;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SMTP server of the test run: GreenMail on a port found free once, started with the first application (see
 * {@link TestDatabase}, which points {@code spring.mail.*} at it), so every integration test's bookings are mailed
 * to a real server. A test may stop it to play a mail server that is down, and start it again on the same port.
 */
public final class TestMail {

    private static final int PORT = freePort();
    private static @Nullable GreenMail server;

    private TestMail() {}

    public static int port() {
        return PORT;
    }

    public static synchronized void start() {
        if (server == null) {
            var mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            server = mail;
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** What the server has received for the address, oldest first (empty while it is stopped). */
    public static synchronized List<MimeMessage> receivedBy(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(to -> to.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
