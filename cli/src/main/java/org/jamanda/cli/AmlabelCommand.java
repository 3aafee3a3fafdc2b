package org.jamanda.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jamanda.config.ServerConfig;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.storage.vtape.DiskChanger;
import org.jamanda.storage.vtape.UnsupportedChangerException;
import org.jamanda.storage.vtape.VolumeLabelException;
import org.jamanda.storage.vtape.VolumeLabeller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amlabel [-f] CONFIG LABEL slot N}: labels a vtape of a {@code chg-disk} changer. */
@Command(
    name = "amlabel",
    mixinStandardHelpOptions = true,
    description = {
      "Writes label LABEL on the volume in slot N of CONFIG's chg-disk changer and adds it to the"
          + " tapelist, as Amanda's amlabel does. Progress goes to standard output, the reason for"
          + " a refusal to standard error."
    },
    footer = {"", "Exit status: 0 labelled, 1 refused or failed, 2 usage error."})
final class AmlabelCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConfigOptions config;

  @Option(names = "-f", description = "Overwrite a volume that already holds a label.")
  boolean force;

  @Parameters(paramLabel = "CONFIG LABEL slot N", arity = "2..4")
  List<String> words;

  @Override
  public Integer call() throws ConfigException, UserError {
    int slot = slot();
    ServerConfig server = config.directory().loadServer(words.get(0));
    PrintWriter out = spec.commandLine().getOut();
    try {
      DiskChanger changer = DiskChanger.of(server);
      new VolumeLabeller(changer, server.tapelist(), server.name(), out::println)
          .label(words.get(1), slot, force);
      return ExitCodes.OK;
    } catch (VolumeLabelException | UnsupportedChangerException e) {
      // Amanda's amlabel prints its refusals bare, without the program name.
      spec.commandLine().getErr().println(e.getMessage());
      return ExitCodes.FAILURE;
    } catch (IOException e) {
      throw new UserError("cannot label slot " + slot + ": " + e.getMessage());
    }
  }

  private int slot() throws UserError {
    // LIMITATION: amlabel without "slot N" does not label the changer's current slot, because
    // jamanda keeps no changer state file. It stops with a usage error asking for the slot.
    // Lifting it needs chg-disk's state file (current slot) read and written by DiskChanger.
    if (words.size() == 2) {
      throw new UserError(
          "name the slot to label (amlabel CONFIG LABEL slot N); the current slot is not kept",
          ExitCodes.USAGE);
    }
    if (words.size() != 4 || !words.get(2).equals("slot")) {
      throw new UserError(
          "expected CONFIG LABEL slot N, got '" + String.join(" ", words) + "'", ExitCodes.USAGE);
    }
    String number = words.get(3);
    if (number.isEmpty() || number.length() > 9 || !number.chars().allMatch(Character::isDigit)) {
      throw new UserError("slot must be a number, not '" + number + "'", ExitCodes.USAGE);
    }
    return Integer.parseInt(number);
  }
}
