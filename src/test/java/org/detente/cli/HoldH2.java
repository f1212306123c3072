package org.detente.cli;

import java.sql.Connection;
import java.sql.DriverManager;

/** Run in a child JVM: opens an H2 file database, says so, and keeps it open for the given seconds. */
public final class HoldH2 {

    private HoldH2() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection ignored = DriverManager.getConnection(args[0], "sa", "")) {
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]) * 1000);
        }
    }
}
