package org.jamanda.storage.vtape;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jamanda.config.Autolabel;
import org.jamanda.config.LabelStr;

/**
 * The rule volume labels must follow: {@code labelstr}'s regular expression, or, for {@code
 * MATCH-AUTOLABEL}, the autolabel template read as a pattern. A label matches when the expression
 * is found anywhere in it, as Amanda's {@code match_labelstr} uses {@code regexec}. Immutable.
 */
public final class LabelPattern {
  private final Pattern pattern;
  private final String text;

  private LabelPattern(Pattern pattern, String text) {
    this.pattern = pattern;
    this.text = text;
  }

  /**
   * The regular expression {@code regex}.
   *
   * @throws VolumeLabelException when {@code regex} is not a valid expression
   */
  public static LabelPattern regex(String regex) throws VolumeLabelException {
    try {
      return new LabelPattern(Pattern.compile(regex), regex);
    } catch (PatternSyntaxException e) {
      throw new VolumeLabelException("labelstr '" + regex + "' is not a regular expression: " + e);
    }
  }

  /**
   * The rule of a configuration named {@code config}, from its {@code labelstr} and {@code
   * autolabel} settings.
   *
   * @throws VolumeLabelException when the expression is invalid, or {@code MATCH-AUTOLABEL} is set
   *     without an autolabel template or with one this class cannot read
   */
  public static LabelPattern of(LabelStr labelstr, Autolabel autolabel, String config)
      throws VolumeLabelException {
    if (labelstr.template().isPresent()) {
      return regex(labelstr.template().get());
    }
    Optional<String> template = autolabel.template();
    if (template.isEmpty()) {
      throw new VolumeLabelException(
          "labelstr is MATCH-AUTOLABEL but autolabel sets no template; no label can match");
    }
    return new LabelPattern(Pattern.compile(fromTemplate(template.get(), config)), template.get());
  }

  /**
   * A pattern for an autolabel template: {@code %} is one digit, {@code $c} the configuration name,
   * anything else itself.
   */
  private static String fromTemplate(String template, String config) throws VolumeLabelException {
    StringBuilder regex = new StringBuilder("^");
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '%') {
        regex.append("[0-9]");
      } else if (c == '$' && i + 1 < template.length() && template.charAt(i + 1) == 'c') {
        regex.append(Pattern.quote(config));
        i++;
      } else if (c == '$') {
        // LIMITATION: only $c of the autolabel template's $-codes is read ($b barcode, $m meta,
        // $o org, $r and $s are not). A config using them with MATCH-AUTOLABEL cannot label
        // volumes; jamanda says so. Lifting it needs the barcode and meta of the volume here.
        throw new VolumeLabelException(
            "autolabel template '" + template + "' uses a $-code other than $c; not supported");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.append('$').toString();
  }

  /** True when {@code label} follows the rule. */
  public boolean matches(String label) {
    return pattern.matcher(label).find();
  }

  /** The expression or template as the configuration spells it, for messages. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return "LabelPattern[" + text + "]";
  }
}
