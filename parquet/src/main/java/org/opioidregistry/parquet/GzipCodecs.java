package org.opioidregistry.parquet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet's GZIP codec on the JDK's own {@code java.util.zip}. Parquet's default codec factory
 * reaches every codec through Hadoop's compression classes, even for an uncompressed file, and the
 * command-line jar has no Hadoop; GZIP (RFC 1952, as Parquet's format specifies it) needs nothing
 * beyond the JDK, and every Parquet reader has it. Only GZIP (and no compression, for reading) is
 * offered: a file asking for another codec is refused with a clear message.
 *
 * <p>Stateless and thread-safe.
 */
final class GzipCodecs implements CompressionCodecFactory {

  static final GzipCodecs INSTANCE = new GzipCodecs();

  private GzipCodecs() {}

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    if (codec != CompressionCodecName.GZIP) {
      throw new IllegalArgumentException("only GZIP compression is offered, not " + codec);
    }
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        ByteArrayOutputStream out =
            new ByteArrayOutputStream((int) Math.min(bytes.size(), 1 << 20));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
          bytes.writeAllTo(gzip);
        }
        return BytesInput.from(out.toByteArray());
      }

      @Override
      public CompressionCodecName getCodecName() {
        return CompressionCodecName.GZIP;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    boolean gzip = codec == CompressionCodecName.GZIP;
    if (!gzip && codec != CompressionCodecName.UNCOMPRESSED) {
      throw new IllegalArgumentException(
          "this reader reads GZIP or uncompressed Parquet files, not " + codec);
    }
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
        if (!gzip) {
          return bytes;
        }
        return BytesInput.from(inflate(bytes.toInputStream(), decompressedSize));
      }

      @Override
      public void decompress(
          ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
          throws IOException {
        byte[] in = new byte[compressedSize];
        input.get(in);
        byte[] out = gzip ? inflate(new java.io.ByteArrayInputStream(in), decompressedSize) : in;
        output.put(out, 0, decompressedSize);
      }

      @Override
      public void release() {}
    };
  }

  private static byte[] inflate(InputStream compressed, int size) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(compressed, 1 << 16)) {
      byte[] out = in.readNBytes(size);
      if (out.length != size) {
        throw new IOException(
            "a GZIP page inflated to " + out.length + " bytes, the file says " + size);
      }
      return out;
    }
  }

  @Override
  public void release() {}
}
