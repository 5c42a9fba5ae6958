package be.miis.frontdesk.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} does not let a test do: send from a chosen loopback
 * address (to be another client as far as the server's remote address goes) and send a forged Host header.
 */
final class RawHttp {

    private final InetAddress from;
    private final int port;

    /** @param from the client's address, any of 127.0.0.0/8 (all loopback on Linux) */
    RawHttp(String from, int port) throws IOException {
        this.from = InetAddress.getByName(from);
        this.port = port;
    }

    Response get(String path, String... headers) throws IOException {
        return send("GET", path, null, headers);
    }

    Response postForm(String path, String body, String... headers) throws IOException {
        List<String> all = new ArrayList<>(List.of(headers));
        all.add("Content-Type");
        all.add("application/x-www-form-urlencoded");
        return send("POST", path, body, all.toArray(String[]::new));
    }

    /** Headers as name, value, name, value; a Host header given here replaces the true one. */
    Response send(String method, String path, String body, String... headers) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        boolean host = false;
        for (int i = 0; i < headers.length; i += 2) {
            host |= headers[i].equalsIgnoreCase("Host");
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (!host) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        request.append("Connection: close\r\n");
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Response.parse(socket.getInputStream());
        }
    }

    record Response(int status, List<String> headerLines, String body) {

        Optional<String> header(String name) {
            return headers(name).stream().findFirst();
        }

        List<String> headers(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).trim())
                    .toList();
        }

        /** The value of a cookie the response sets, if it sets it. */
        Optional<String> cookie(String name) {
            return headers("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith(name + "="))
                    .map(cookie -> cookie.substring(name.length() + 1).split(";", 2)[0])
                    .findFirst();
        }

        static Response parse(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String head = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
            byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(all, end + 4, all.length);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            List<String> headerLines = List.of(lines).subList(1, lines.length);
            boolean chunked = headerLines.stream()
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .anyMatch(line -> line.startsWith("transfer-encoding:") && line.contains("chunked"));
            return new Response(
                    status, headerLines, new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
            int at = 0;
            while (at < body.length) {
                int lineEnd = indexOf(body, crlf, at);
                String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                out.write(body, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return out.toByteArray();
        }

        private static int indexOf(byte[] data, byte[] pattern, int from) {
            for (int i = from; i <= data.length - pattern.length; i++) {
                if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
