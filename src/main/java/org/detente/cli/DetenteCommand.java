package org.detente.cli;

import picocli.CommandLine.Command;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "detente", mixinStandardHelpOptions = true, version = "detente 0.1.0",
        description = "Daily escalation / de-escalation indicators from the news.",
        subcommands = {RunCommand.class, ExtractCommand.class, ScoreCommand.class, EvaluateCommand.class,
                StatusCommand.class, RescoreCommand.class, ServeCommand.class, BackupCommand.class})
class DetenteCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
