package dev.roadmap.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link from a port on loopback to a database server, which a test can cut and restore: the outage of a
 * database the test may not stop (it is shared). Cut, it closes every connection it carries and refuses new
 * ones, as a stopped server does; stalled, it closes them too but takes new ones and never answers, as a server
 * that hangs does; restored, it carries connections again, on the same port.
 */
final class CuttableDatabaseLink implements AutoCloseable {

    private final InetSocketAddress database;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;
    private volatile boolean stalled;

    private CuttableDatabaseLink(InetSocketAddress database, int port) {
        this.database = database;
        this.port = port;
    }

    /** A link to the database at {@code host:port}, listening on a free port of 127.0.0.1. */
    static CuttableDatabaseLink to(String host, int port) throws IOException {
        CuttableDatabaseLink link = new CuttableDatabaseLink(new InetSocketAddress(host, port), PayaraProcess.freePort());
        link.listen();
        return link;
    }

    /** The port the portal connects to instead of the database's. */
    int port() {
        return port;
    }

    /** Closes every connection the link carries and refuses new ones, until {@link #restore()}. */
    synchronized void cut() throws IOException {
        if (listening != null) {
            listening.close();
            listening = null;
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** Closes every connection the link carries, and takes new ones without ever answering, until {@link #restore()}. */
    synchronized void stall() throws IOException {
        cut();
        stalled = true;
        listen();
    }

    /** Carries connections again, on the same port. */
    synchronized void restore() throws IOException {
        if (stalled) {
            cut();
            stalled = false;
        }
        if (listening == null) {
            listen();
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void listen() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true); // the port was in use a moment ago: take it again at once
        bindWithin(server, Duration.ofSeconds(2));
        listening = server;
        Thread acceptor = new Thread(() -> accept(server), "database link accepting on " + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port closed a moment ago may not be free again yet (seen once, "Address already in use"). */
    private void bindWithin(ServerSocket server, Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return;
            } catch (BindException stillTaken) {
                if (System.nanoTime() > deadline) {
                    throw stillTaken;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw stillTaken;
                }
            }
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closedByCut) {
                return;
            }
            if (stalled) {
                open.add(client); // held open, unanswered, until the link is cut or restored
                continue;
            }
            try {
                Socket upstream = new Socket();
                upstream.connect(database, 2_000);
                open.add(client);
                open.add(upstream);
                if (server.isClosed()) { // cut while this one was connecting
                    closeQuietly(client);
                    closeQuietly(upstream);
                    continue;
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException databaseAway) {
                closeQuietly(client);
            }
        }
    }

    /** Copies bytes one way until either side closes, then closes both. */
    private void pump(Socket from, Socket to) {
        Thread copier = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (SocketException closed) {
                // cut, or the other side went
            } catch (IOException e) {
                // the same: the connection is over either way
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database link " + from.getPort() + " → " + to.getPort());
        copier.setDaemon(true);
        copier.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // nothing more to close
        }
    }
}
