package org.factdesk.dataset;

import io.airlift.compress.zstd.ZstdCompressor;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * A version's articles as one Parquet file (schema 2 and later): typed columns, lists of structs
 * for the removed blocks, claims, verdicts and evidence, a struct for the provenance, and the
 * article's split. Written with Apache Parquet's Java library without Hadoop on the class path: the
 * file goes to a plain stream and pages are compressed with ZSTD by aircompressor (pure Java), so
 * neither Hadoop's codecs nor native libraries are loaded. The bytes depend on the entries alone:
 * written again, the file is the same. Why this writer: docs/decisions/0021-parquet-writer.md.
 */
public final class ParquetFile {

  public static final String FILE_NAME = "data.parquet";
  public static final String MEDIA_TYPE = "application/vnd.apache.parquet";

  /** Rows buffered before a row group is written: bounds the writer's memory. */
  static final long ROW_GROUP_BYTES = 16L * 1024 * 1024;

  private static final String STRING_LIST =
      " (LIST) { repeated group list { required binary element (STRING); } }";

  static final MessageType SCHEMA =
      MessageTypeParser.parseMessageType(
          "message article {\n"
              + "  required int32 schema_version;\n"
              + "  required int64 id;\n"
              + "  optional binary url (STRING);\n"
              + "  optional binary outlet (STRING);\n"
              + "  optional binary title (STRING);\n"
              + "  optional int32 published (DATE);\n"
              + "  optional binary language (STRING);\n"
              + "  required group labels"
              + STRING_LIST
              + "\n"
              + "  optional binary clean_text (STRING);\n"
              + "  required group removed_blocks (LIST) { repeated group list { required group"
              + " element {\n"
              + "    required int32 position;\n"
              + "    required group types"
              + STRING_LIST
              + "\n"
              + "    optional binary text (STRING);\n"
              + "  } } }\n"
              + "  required group claims (LIST) { repeated group list { required group element {\n"
              + "    required int64 id;\n"
              + "    optional binary claim_reviewed (STRING);\n"
              + "    optional binary sentence (STRING);\n"
              + "    optional binary state (STRING);\n"
              + "    optional binary dismiss_reason (STRING);\n"
              + "    required group verdicts (LIST) { repeated group list { required group element"
              + " {\n"
              + "      required int32 revision;\n"
              + "      optional binary rating (STRING);\n"
              + "      optional binary rationale (STRING);\n"
              + "      optional binary claimant (STRING);\n"
              + "      optional int32 claim_date (DATE);\n"
              + "      optional binary author (STRING);\n"
              + "      optional int64 created_at (TIMESTAMP(MILLIS,true));\n"
              + "      required group evidence (LIST) { repeated group list { required group"
              + " element {\n"
              + "        optional binary url (STRING);\n"
              + "        optional binary title (STRING);\n"
              + "        optional binary note (STRING);\n"
              + "      } } }\n"
              + "    } } }\n"
              + "  } } }\n"
              + "  required group provenance {\n"
              + "    optional binary original_sha256 (STRING);\n"
              + "    optional binary imported_by (STRING);\n"
              + "    optional int64 imported_at (TIMESTAMP(MILLIS,true));\n"
              + "    optional binary reviewed_by (STRING);\n"
              + "    optional int64 reviewed_at (TIMESTAMP(MILLIS,true));\n"
              + "    optional binary approved_by (STRING);\n"
              + "    optional int64 approved_at (TIMESTAMP(MILLIS,true));\n"
              + "    optional int64 captured_at (TIMESTAMP(MILLIS,true));\n"
              + "  }\n"
              + "  required binary split (STRING);\n"
              + "}");

  private ParquetFile() {}

  /** Writes the entries (those {@code keep} takes) as one Parquet file; leaves {@code out} open. */
  public static void write(
      Exporter.Entries entries, Predicate<ArticleRecord> keep, OutputStream out)
      throws IOException {
    try (ParquetWriter<ArticleRecord> writer =
        new Builder(new StreamFile(out))
            .withConf(new PlainParquetConfiguration())
            .withCodecFactory(new Zstd())
            .withCompressionCodec(CompressionCodecName.ZSTD)
            .withRowGroupSize(ROW_GROUP_BYTES)
            .withDictionaryEncoding(true)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .build()) {
      int position = -1;
      for (List<Exporter.Entry> page = entries.after(position);
          !page.isEmpty();
          page = entries.after(position)) {
        for (Exporter.Entry e : page) {
          ArticleRecord a = ArticleJson.read(e.body());
          if (keep.test(a)) {
            writer.write(a);
          }
          position = e.position();
        }
      }
    }
  }

  /** Turns an article into the columns of {@link #SCHEMA}. */
  private static final class Rows extends WriteSupport<ArticleRecord> {
    private RecordConsumer rc;

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
      return new WriteContext(SCHEMA, Map.of());
    }

    @Override
    @SuppressWarnings("deprecation")
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
      return new WriteContext(SCHEMA, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.rc = recordConsumer;
    }

    @Override
    public void write(ArticleRecord a) {
      rc.startMessage();
      int i = 0;
      int32(i++, "schema_version", DatasetVersion.SCHEMA);
      int64(i++, "id", a.id());
      string(i++, "url", a.url());
      string(i++, "outlet", a.outlet());
      string(i++, "title", a.title());
      date(i++, "published", a.published());
      string(i++, "language", a.language());
      stringList(i++, "labels", a.labels().stream().map(Enum::name).toList());
      string(i++, "clean_text", a.cleanText());
      list(
          i++,
          "removed_blocks",
          a.removedBlocks(),
          b -> {
            int32(0, "position", b.position());
            stringList(1, "types", b.types());
            string(2, "text", b.text());
          });
      list(
          i++,
          "claims",
          a.claims(),
          c -> {
            int64(0, "id", c.id());
            string(1, "claim_reviewed", c.claimReviewed());
            string(2, "sentence", c.sentence());
            string(3, "state", c.state());
            string(4, "dismiss_reason", c.dismissReason());
            list(
                5,
                "verdicts",
                c.verdicts(),
                v -> {
                  int32(0, "revision", v.revision());
                  string(1, "rating", v.rating());
                  string(2, "rationale", v.rationale());
                  string(3, "claimant", v.claimant());
                  date(4, "claim_date", v.claimDate());
                  string(5, "author", v.author());
                  timestamp(6, "created_at", v.createdAt());
                  list(
                      7,
                      "evidence",
                      v.evidence(),
                      e -> {
                        string(0, "url", e.url());
                        string(1, "title", e.title());
                        string(2, "note", e.note());
                      });
                });
          });
      ArticleRecord.Provenance p = a.provenance();
      rc.startField("provenance", i);
      rc.startGroup();
      string(0, "original_sha256", p.originalSha256());
      string(1, "imported_by", p.importedBy());
      timestamp(2, "imported_at", p.importedAt());
      string(3, "reviewed_by", p.reviewedBy());
      timestamp(4, "reviewed_at", p.reviewedAt());
      string(5, "approved_by", p.approvedBy());
      timestamp(6, "approved_at", p.approvedAt());
      timestamp(7, "captured_at", p.capturedAt());
      rc.endGroup();
      rc.endField("provenance", i++);
      string(i, "split", a.split() == null ? SplitRule.TRAIN : a.split());
      rc.endMessage();
    }

    private void int32(int index, String name, int value) {
      rc.startField(name, index);
      rc.addInteger(value);
      rc.endField(name, index);
    }

    private void int64(int index, String name, long value) {
      rc.startField(name, index);
      rc.addLong(value);
      rc.endField(name, index);
    }

    private void string(int index, String name, String value) {
      if (value != null) {
        rc.startField(name, index);
        rc.addBinary(Binary.fromString(value));
        rc.endField(name, index);
      }
    }

    private void date(int index, String name, LocalDate value) {
      if (value != null) {
        int32(index, name, Math.toIntExact(value.toEpochDay()));
      }
    }

    private void timestamp(int index, String name, Instant value) {
      if (value != null) {
        // to the second, as the JSONL has it, so both say the same
        int64(index, name, value.getEpochSecond() * 1000);
      }
    }

    private void stringList(int index, String name, List<String> values) {
      list(
          index,
          name,
          values,
          null,
          v -> {
            rc.addBinary(Binary.fromString(v));
          });
    }

    private <T> void list(int index, String name, List<T> values, Element<T> fields) {
      list(
          index,
          name,
          values,
          fields,
          v -> {
            rc.startGroup();
            fields.write(v);
            rc.endGroup();
          });
    }

    /** A three-level LIST: the group, its repeated {@code list}, and each {@code element}. */
    private <T> void list(
        int index, String name, List<T> values, Element<T> unused, Element<T> element) {
      rc.startField(name, index);
      rc.startGroup();
      if (!values.isEmpty()) {
        rc.startField("list", 0);
        for (T v : values) {
          rc.startGroup();
          rc.startField("element", 0);
          element.write(v);
          rc.endField("element", 0);
          rc.endGroup();
        }
        rc.endField("list", 0);
      }
      rc.endGroup();
      rc.endField(name, index);
    }
  }

  @FunctionalInterface
  private interface Element<T> {
    void write(T value);
  }

  private static final class Builder extends ParquetWriter.Builder<ArticleRecord, Builder> {
    Builder(OutputFile file) {
      super(file);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<ArticleRecord> getWriteSupport(ParquetConfiguration conf) {
      return new Rows();
    }

    @Override
    protected WriteSupport<ArticleRecord> getWriteSupport(
        org.apache.hadoop.conf.Configuration conf) {
      return new Rows();
    }
  }

  /** ZSTD (level 3) in pure Java; writing needs no decompressor. */
  private static final class Zstd implements CompressionCodecFactory {
    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
      if (codec != CompressionCodecName.ZSTD) {
        throw new IllegalArgumentException("only ZSTD is written, not " + codec);
      }
      return new BytesInputCompressor() {
        private final ZstdCompressor compressor = new ZstdCompressor();

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
          byte[] in = bytes.toByteArray();
          byte[] out = new byte[compressor.maxCompressedLength(in.length)];
          int n = compressor.compress(in, 0, in.length, out, 0, out.length);
          return BytesInput.from(out, 0, n);
        }

        @Override
        public CompressionCodecName getCodecName() {
          return CompressionCodecName.ZSTD;
        }

        @Override
        public void release() {}
      };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
      throw new UnsupportedOperationException("Factdesk writes Parquet; it does not read it");
    }

    @Override
    public void release() {}
  }

  /** The caller's stream as a Parquet output file: written once, front to back, left open. */
  private static final class StreamFile implements OutputFile {
    private final OutputStream out;

    StreamFile(OutputStream out) {
      this.out = out;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new PositionOutputStream() {
        private long position;

        @Override
        public long getPos() {
          return position;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          position += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.flush();
        }
      };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }

    @Override
    public String getPath() {
      return FILE_NAME;
    }
  }
}
