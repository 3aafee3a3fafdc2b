package org.jamanda.storage.vtape;

import java.util.Optional;
import org.jamanda.storage.header.FileHeader;

/**
 * What one slot of a changer holds, as {@code amtape show} reports it. Immutable.
 *
 * @param slot the slot number
 * @param label the volume's label block, empty for an unlabelled volume or one that cannot be read
 * @param error why the volume could not be read, when it could not
 */
public record SlotVolume(int slot, Optional<FileHeader> label, Optional<String> error) {}
