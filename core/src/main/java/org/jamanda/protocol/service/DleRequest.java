package org.jamanda.protocol.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One DLE of a selfcheck, sendsize or sendbackup request, from either the XML form or the legacy
 * text line. Immutable.
 *
 * <pre>
 * &lt;dle&gt;
 *   &lt;program&gt;APPLICATION&lt;/program&gt;
 *   &lt;backup-program&gt;
 *     &lt;plugin&gt;amgtar&lt;/plugin&gt;
 *   &lt;/backup-program&gt;
 *   &lt;estimate&gt;CLIENT &lt;/estimate&gt;
 *   &lt;disk&gt;/srv/amanda-lab/data/tcp&lt;/disk&gt;
 *   &lt;auth&gt;bsdtcp&lt;/auth&gt;
 *   &lt;record&gt;YES&lt;/record&gt;
 *   &lt;index&gt;YES&lt;/index&gt;
 *   &lt;datapath&gt;AMANDA&lt;/datapath&gt;
 * &lt;/dle&gt;
 *
 * GNUTAR /srv/amanda-lab/data/classic 0 1970:1:1:0:0:0 -1 OPTIONS |;auth=bsdtcp;index;
 * </pre>
 *
 * <p>Strings keep the bytes of the wire text, one character per byte (ISO-8859-1), so they echo
 * back unchanged; a {@code raw} attribute's base64 value is decoded the same way.
 *
 * @param program {@code GNUTAR}, {@code DUMP}, or {@link #APPLICATION} when {@link #application}
 *     names the plugin
 * @param application the backup program of an {@code APPLICATION} DLE
 * @param disk the DLE's name in the disklist
 * @param device the directory or device to back up; the disk when the request names none
 * @param levels the levels asked about, in order (selfcheck sends none in XML)
 * @param estimates the estimate methods, in order of preference; never empty
 * @param options the dumptype options
 * @param properties the DLE's own properties (outside {@code <backup-program>})
 * @param scripts the scripts attached to the DLE
 * @param optionErrors what Amanda 3.5.1 would report about a legacy options string, each as the
 *     text inside its {@code ERROR [...]} line, e.g. {@code unknown option: auth=bsdtcp}
 */
public record DleRequest(
    String program,
    Optional<DleApplication> application,
    String disk,
    String device,
    List<DleLevel> levels,
    List<Estimate> estimates,
    DleOptions options,
    List<DleProperty> properties,
    List<DleScript> scripts,
    List<String> optionErrors) {
  /** The program of a DLE whose backup program is an application plugin. */
  public static final String APPLICATION = "APPLICATION";

  /** Amanda's classic GNU tar program. */
  public static final String GNUTAR = "GNUTAR";

  /** Amanda's classic dump program. */
  public static final String DUMP = "DUMP";

  public DleRequest {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(application, "application");
    if (program.equals(APPLICATION) != application.isPresent()) {
      throw new IllegalArgumentException("program APPLICATION goes with an application, only");
    }
    Objects.requireNonNull(disk, "disk");
    Objects.requireNonNull(device, "device");
    levels = List.copyOf(levels);
    estimates = List.copyOf(estimates);
    if (estimates.isEmpty()) {
      throw new IllegalArgumentException("a DLE has at least one estimate method");
    }
    Objects.requireNonNull(options, "options");
    properties = List.copyOf(properties);
    scripts = List.copyOf(scripts);
    optionErrors = List.copyOf(optionErrors);
  }

  /** The plugin name of an APPLICATION DLE, else the program: what Amanda calls the program. */
  public String programName() {
    return application.map(DleApplication::plugin).orElse(program);
  }

  /** True when the backup program is an application plugin ({@code program_is_application_api}). */
  public boolean isApplication() {
    return application.isPresent();
  }

  /** The first estimate method, the one Amanda's selfcheck looks at. */
  public Estimate estimate() {
    return estimates.get(0);
  }
}
