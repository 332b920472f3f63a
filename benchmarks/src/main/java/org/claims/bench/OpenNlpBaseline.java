package org.claims.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The reference point for "is the engine fast": the least an OpenNLP pipeline has to do before it can even look
 * for claims, i.e. French sentence detection (UD-GSD maximum-entropy model) and tokenizing every sentence.
 * No French tokenizer model is published on Central, so {@link #maxent()} uses the English UD-EWT model (same
 * algorithm and cost per token) and {@link #simple()} the rule-based SimpleTokenizer. Not thread-safe: one per thread.
 */
public final class OpenNlpBaseline {
    static final String SENTENCE_MODEL = "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final SentenceDetectorME sentences;
    private final Tokenizer tokenizer;

    private OpenNlpBaseline(SentenceDetectorME sentences, Tokenizer tokenizer) {
        this.sentences = sentences;
        this.tokenizer = tokenizer;
    }

    public static OpenNlpBaseline maxent() {
        return new OpenNlpBaseline(sentenceDetector(), new TokenizerME(OpenNlpBaseline.<TokenizerModel>load(TOKEN_MODEL, TokenizerModel::new)));
    }

    public static OpenNlpBaseline simple() {
        return new OpenNlpBaseline(sentenceDetector(), SimpleTokenizer.INSTANCE);
    }

    /** Sentence-splits and tokenizes one text; returns the token count so nothing is dead code. */
    public int process(String text) {
        int tokens = 0;
        for (Span s : sentences.sentPosDetect(text)) {
            tokens += tokenizer.tokenizePos(text.substring(s.getStart(), s.getEnd())).length;
        }
        return tokens;
    }

    private static SentenceDetectorME sentenceDetector() {
        return new SentenceDetectorME(OpenNlpBaseline.<SentenceModel>load(SENTENCE_MODEL, SentenceModel::new));
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    /** Reads a model file from the class path (the opennlp-models-* jars put it at their root). */
    private static <T> T load(String name, ModelReader<T> reader) {
        try (InputStream in = OpenNlpBaseline.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the class path (opennlp-models-* dependency missing?)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
