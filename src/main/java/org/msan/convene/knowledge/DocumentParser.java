package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.file.Path;

/** Turns one file of a given format into a {@link SourceDocument}. */
interface DocumentParser {

  SourceDocument parse(Path file, String relativePath) throws IOException, UnreadableFileException;
}
