package org.jamanda.server.amcheck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jamanda.config.AutolabelCondition;
import org.jamanda.config.ChangerParameters;
import org.jamanda.config.Disklist;
import org.jamanda.config.Dle;
import org.jamanda.config.DumptypeParameters;
import org.jamanda.config.GlobalParameters;
import org.jamanda.config.HoldingdiskParameters;
import org.jamanda.config.LabelStr;
import org.jamanda.config.Section;
import org.jamanda.config.SectionKind;
import org.jamanda.config.ServerConfig;
import org.jamanda.config.Strategy;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.net.PortSettings;
import org.jamanda.net.ServicesFile;
import org.jamanda.net.plan.PortPlan;
import org.jamanda.net.plan.PortPlanner;
import org.jamanda.server.ports.SitePorts;

/**
 * Everything amcheck checks, taken from a configuration and its disklist: the client hosts and
 * their DLEs, the holding disks, the changer, the ports. Immutable.
 *
 * @param config the configuration's name
 * @param hosts the hosts to check, in disklist order, with the DLEs that can be sent
 * @param refusals errors about chosen DLEs that cannot be sent
 * @param argumentMessages what to say about the {@code HOST DISK} arguments, before any check
 * @param holdingDisks the holding disks in use
 * @param displayunit {@code displayunit}: K, M, G or T
 * @param changer the changer or device the next run writes to: the global "tpchanger" option, else
 *     "tapedev", a changer definition resolved to the value it sets; empty when none
 * @param labelstr the regular expression labels must match, when one applies
 * @param autolabelEmpty the autolabel template, when autolabel may label empty volumes
 * @param autoCreateSlots whether the changer has {@code property "auto-create-slot" "yes"}
 * @param ports the port routines' settings from the three range options
 * @param portPlan the port planner's judgement of the ranges
 * @param ctimeout how long to wait for a client's reply
 * @param reqTries how many times a REQ is sent ({@code req-tries})
 */
public record AmcheckSite(
    String config,
    List<AmcheckHost> hosts,
    List<CheckMessage> refusals,
    List<CheckMessage> argumentMessages,
    List<HoldingDisk> holdingDisks,
    String displayunit,
    Optional<String> changer,
    Optional<String> labelstr,
    Optional<String> autolabelEmpty,
    boolean autoCreateSlots,
    PortSettings ports,
    PortPlan portPlan,
    Duration ctimeout,
    int reqTries) {
  public AmcheckSite {
    Objects.requireNonNull(config, "config");
    hosts = List.copyOf(hosts);
    refusals = List.copyOf(refusals);
    argumentMessages = List.copyOf(argumentMessages);
    holdingDisks = List.copyOf(holdingDisks);
    Objects.requireNonNull(changer, "changer");
    Objects.requireNonNull(ports, "ports");
    Objects.requireNonNull(portPlan, "portPlan");
  }

  /**
   * The site of {@code config} and {@code disklist}, narrowed to the DLEs {@code args} choose
   * ({@code [HOST [DISK...]]...}, all when empty). Ignored DLEs and those of strategy {@code skip}
   * are left out, as Amanda does.
   *
   * @throws ConfigException when the ports cannot be planned (an unknown auth or client-port)
   */
  public static AmcheckSite of(
      ServerConfig config, Disklist disklist, ServicesFile services, List<String> args)
      throws ConfigException {
    HostSelection.Chosen chosen = HostSelection.choose(active(disklist), args);
    List<CheckMessage> refusals = new ArrayList<>();
    Map<String, List<AmcheckDle>> byHost = new LinkedHashMap<>();
    for (Dle dle : chosen.dles()) {
      DleConversion.Result result = DleConversion.convert(dle, config);
      result.refusal().ifPresent(refusals::add);
      result
          .dle()
          .ifPresent(d -> byHost.computeIfAbsent(dle.host(), h -> new ArrayList<>()).add(d));
    }
    List<AmcheckHost> hosts = new ArrayList<>();
    byHost.forEach((host, dles) -> hosts.add(new AmcheckHost(host, dles)));
    Optional<Section> changerSection = changerSection(config);
    return new AmcheckSite(
        config.name(),
        hosts,
        refusals,
        chosen.messages(),
        holdingDisks(config),
        config.value(GlobalParameters.DISPLAYUNIT),
        changer(config, changerSection),
        labelstr(config),
        autolabelEmpty(config),
        autoCreateSlots(changerSection),
        SitePorts.settings(config, services),
        PortPlanner.plan(SitePorts.planInput(config, disklist, services, false)),
        config.ctimeout(),
        config.reqTries());
  }

  /** This site with the port routines' settings replaced, e.g. by another services file. */
  public AmcheckSite withPorts(PortSettings newPorts) {
    return new AmcheckSite(
        config,
        hosts,
        refusals,
        argumentMessages,
        holdingDisks,
        displayunit,
        changer,
        labelstr,
        autolabelEmpty,
        autoCreateSlots,
        newPorts,
        portPlan,
        ctimeout,
        reqTries);
  }

  /** The auths the checked hosts use, lower case. */
  public java.util.Set<String> auths() {
    java.util.Set<String> auths = new java.util.TreeSet<>();
    hosts.forEach(h -> h.dles().forEach(d -> auths.add(d.auth())));
    return auths;
  }

  private static List<Dle> active(Disklist disklist) {
    return disklist.entries().stream()
        .filter(d -> !d.dumptype().value(DumptypeParameters.IGNORE))
        .filter(d -> d.dumptype().value(DumptypeParameters.STRATEGY) != Strategy.SKIP)
        .toList();
  }

  private static List<HoldingDisk> holdingDisks(ServerConfig config) {
    return config.holdingDisks().stream()
        .map(
            hd ->
                new HoldingDisk(
                    hd.name(),
                    config.directory().resolve(hd.value(HoldingdiskParameters.DIRECTORY)),
                    hd.value(HoldingdiskParameters.USE)))
        .toList();
  }

  private static Optional<Section> changerSection(ServerConfig config) {
    String named = config.tpchanger().isEmpty() ? config.tapedev() : config.tpchanger();
    return named.isEmpty() ? Optional.empty() : config.section(SectionKind.CHANGER, named);
  }

  private static Optional<String> changer(ServerConfig config, Optional<Section> section) {
    if (section.isPresent()) {
      String own = section.get().value(ChangerParameters.TPCHANGER);
      return Optional.of(own.isEmpty() ? section.get().value(ChangerParameters.TAPEDEV) : own)
          .filter(s -> !s.isEmpty());
    }
    String named = config.tpchanger().isEmpty() ? config.tapedev() : config.tpchanger();
    return Optional.of(named).filter(s -> !s.isEmpty());
  }

  private static boolean autoCreateSlots(Optional<Section> section) {
    return section
        .flatMap(s -> s.value(ChangerParameters.PROPERTY).get("auto-create-slot"))
        .map(p -> !p.values().isEmpty() && isYes(p.values().get(0)))
        .orElse(false);
  }

  private static boolean isYes(String value) {
    return List.of("yes", "true", "on", "1").contains(value.toLowerCase(Locale.ROOT));
  }

  // A labelstr regex as given; MATCH-AUTOLABEL as the autolabel template with each '%' a digit.
  private static Optional<String> labelstr(ServerConfig config) {
    LabelStr labelstr = config.labelstr();
    if (!labelstr.matchAutolabel()) {
      return labelstr.template();
    }
    return config.autolabel().template().map(AmcheckSite::templatePattern);
  }

  private static String templatePattern(String template) {
    StringBuilder regex = new StringBuilder("^");
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      regex.append(c == '%' ? "[0-9]" : c == '$' ? ".*" : Pattern.quote(String.valueOf(c)));
      if (c == '$' && i + 1 < template.length()) {
        i++;
      }
    }
    return regex.append('$').toString();
  }

  private static Optional<String> autolabelEmpty(ServerConfig config) {
    return config.autolabel().conditions().contains(AutolabelCondition.EMPTY)
        ? config.autolabel().template()
        : Optional.empty();
  }
}
