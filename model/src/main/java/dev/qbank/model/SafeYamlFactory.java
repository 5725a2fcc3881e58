package dev.qbank.model;

import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.Reader;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A {@link YAMLFactory} whose parsers are {@link SafeYamlParser}s reading whole code points
 * ({@link WholeCodePointReader}); otherwise exactly the configured factory.
 */
final class SafeYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    SafeYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    private SafeYamlFactory(SafeYamlFactory src) {
        super(src);
    }

    @Override
    public YAMLFactory copy() {
        return new SafeYamlFactory(this);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
        return parser(readCtxt, ioCtxt, r);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, InputStream in) {
        return parser(readCtxt, ioCtxt, _createReader(in, null, ioCtxt));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, char[] data, int offset,
            int len, boolean recyclable) {
        return parser(readCtxt, ioCtxt, new CharArrayReader(data, offset, len));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data, int offset,
            int len) {
        return parser(readCtxt, ioCtxt, _createReader(data, offset, len, null, ioCtxt));
    }

    /** Every parser reads through {@link WholeCodePointReader}: snakeyaml-engine crashes on a split pair. */
    private SafeYamlParser parser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
        return new SafeYamlParser(readCtxt, ioCtxt, _getBufferRecycler(),
                readCtxt.getStreamReadFeatures(_streamReadFeatures),
                readCtxt.getFormatReadFeatures(_formatReadFeatures), _loadSettings, new WholeCodePointReader(r));
    }
}
