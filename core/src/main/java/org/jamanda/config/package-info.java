/**
 * Amanda's configuration files, read as Amanda 3.5 reads them: amanda.conf ({@link
 * org.jamanda.config.ServerConfig}), amanda-client.conf ({@link org.jamanda.config.ClientConfig})
 * and the disklist ({@link org.jamanda.config.Disklist}), found through a {@link
 * org.jamanda.config.ConfigDirectory}.
 *
 * <p>Every keyword of Amanda's {@code conf_var_t} tables is known, with its type, checks and
 * default ({@code GlobalParameters}, {@code DumptypeParameters}...). Keywords jamanda does not act
 * on yet are read, checked and recorded as ignored ({@link org.jamanda.config.ActedOnKeywords}).
 * {@link org.jamanda.config.ConfigQuery} answers amgetconf's questions in amgetconf's format.
 *
 * <p>Belongs here: the meaning of keywords and values, defaults, derived values, disklist rules.
 * Does not belong here: syntax (in {@code parse}), acting on settings (in the packages that use
 * them). Loading is pure apart from reading the files (and checking that {@code tmpdir} exists, as
 * Amanda does); the loaded objects are immutable. May import only {@code org.jamanda.common}, its
 * own {@code parse} package, java.* and org.slf4j.
 */
package org.jamanda.config;
