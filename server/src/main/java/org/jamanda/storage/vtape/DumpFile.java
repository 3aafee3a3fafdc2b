package org.jamanda.storage.vtape;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.jamanda.storage.header.FileHeader;

/**
 * One dump file read back from a volume: its header and a stream of the image after the header
 * block. The caller owns the stream and closes it (closing this record does).
 *
 * @param fileNumber the file's number on the volume
 * @param header the header block's fields
 * @param image the dump image, positioned just after the header block
 */
public record DumpFile(int fileNumber, FileHeader header, InputStream image) implements Closeable {
  @Override
  public void close() throws IOException {
    image.close();
  }
}
