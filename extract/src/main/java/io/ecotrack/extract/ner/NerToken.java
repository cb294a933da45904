package io.ecotrack.extract.ner;

/**
 * One token a learned tagger labels: its text, where it is (UTF-16 offsets into the document, end
 * exclusive) and what the tokenizer knows of it (a part of speech for Japanese; null for English).
 */
public record NerToken(String text, int start, int end, String pos) {}
