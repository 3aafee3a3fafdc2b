/**
 * Virtual tapes as Amanda's {@code chg-disk} changer keeps them: one directory per slot, one file
 * per volume file, and the {@code tapelist} that records every labelled volume.
 *
 * <p>Belongs here: reading and writing the tapelist, the read-only view of slot directories, the
 * vtape device, the {@code chg-disk} changer and labelling. Does not belong here: the header block
 * format (org.jamanda.storage.header). May import only java.*, org.slf4j, org.jamanda.common,
 * org.jamanda.config and org.jamanda.storage.
 */
package org.jamanda.storage.vtape;
