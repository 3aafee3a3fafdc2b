/**
 * The header block at the start of every file Amanda writes to a volume, and its text codec.
 *
 * <p>A volume file is one 32 KiB header block (text, then {@code \n\f\n}, then NUL bytes) followed
 * by the data; the label file holds only a {@code TAPESTART} block. The same text, unpadded, is
 * what amidxtaped sends before a restore and what the index directory keeps as {@code .header}.
 *
 * <p>Belongs here: the header model and its pure codec. Does not belong here: reading or writing
 * devices (org.jamanda.storage.vtape and later device packages). May import only java.*, org.slf4j,
 * org.jamanda.common and org.jamanda.config.
 */
package org.jamanda.storage.header;
