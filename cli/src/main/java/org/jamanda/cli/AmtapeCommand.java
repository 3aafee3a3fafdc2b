package org.jamanda.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jamanda.config.ServerConfig;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.storage.header.FileHeader;
import org.jamanda.storage.vtape.DiskChanger;
import org.jamanda.storage.vtape.SlotVolume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amtape CONFIG show}: lists what each slot of a {@code chg-disk} changer holds. */
@Command(
    name = "amtape",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the volume in every slot of CONFIG's chg-disk changer, as Amanda's 'amtape CONFIG"
          + " show' does, on standard error as Amanda prints it."
    },
    footer = {"", "Exit status: 0 listed, 1 failed, 2 usage error."})
final class AmtapeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConfigOptions config;

  @Parameters(index = "0", paramLabel = "CONFIG")
  String configName;

  @Parameters(index = "1", paramLabel = "COMMAND", description = "Only 'show' is supported.")
  String command;

  @Override
  public Integer call() throws ConfigException, UserError {
    // LIMITATION: of amtape's commands only "show" exists (no reset, eject, slot, label, taper,
    // inventory, update). Any other command is a usage error naming it. Lifting it needs the
    // changer state file (current slot, loaded drive) that chg-disk keeps.
    if (!command.equals("show")) {
      throw new UserError(
          "amtape command '" + command + "' is not supported; only 'show' is", ExitCodes.USAGE);
    }
    ServerConfig server = config.directory().loadServer(configName);
    try {
      DiskChanger changer = DiskChanger.of(server);
      show(changer, changer.inventory(), spec.commandLine().getErr());
    } catch (IOException e) {
      throw new UserError(e.getMessage());
    }
    return ExitCodes.OK;
  }

  private static void show(DiskChanger changer, List<SlotVolume> volumes, PrintWriter err) {
    err.println("scanning all " + volumes.size() + " slots in changer:");
    for (SlotVolume volume : volumes) {
      err.println(line(changer, volume));
    }
  }

  private static String line(DiskChanger changer, SlotVolume volume) {
    String slot = String.format(Locale.ROOT, "slot %3s: ", volume.slot());
    if (volume.error().isPresent()) {
      return slot + volume.error().get();
    }
    if (volume.label().isEmpty()) {
      return slot + "unlabeled volume";
    }
    FileHeader label = volume.label().get();
    String mismatch =
        changer.labelstr().matches(label.label()) ? "" : " (label do not match labelstr)";
    return slot
        + String.format(Locale.ROOT, "date %-14s label %s", label.datestamp(), label.label())
        + mismatch;
  }
}
