package org.detente.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code detente} command. */
public final class DetenteCli {

    /** Exit code of a run that failed. */
    public static final int RUN_FAILED = 1;
    /** Exit code of a command that was given bad input (a date, a watch, a watch file). */
    public static final int BAD_INPUT = 2;

    private DetenteCli() {
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command with the given output streams and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new DetenteCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("detente: " + oneLine(e));
            return e instanceof UserInputException ? BAD_INPUT : RUN_FAILED;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("detente: " + oneLine(e));
            e.getCommandLine().getErr().println("Try 'detente " + e.getCommandLine().getCommandName()
                    + " --help' for more information.");
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
