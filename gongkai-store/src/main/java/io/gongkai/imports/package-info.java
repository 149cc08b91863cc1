/**
 * Importing documents into the store: files are read in parallel, each is skipped when its bytes are stored already
 * (so importing a folder twice changes nothing), and each new one is stored in its own transaction (so a crash loses
 * at most the documents being written, and a rerun finishes the job).
 */
package io.gongkai.imports;
