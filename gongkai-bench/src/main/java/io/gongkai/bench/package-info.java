/**
 * JMH benchmarks of the whole reading pipeline against its floor (decoding and normalising text), on the seed reports
 * and on generated reports, with {@link io.gongkai.bench.BenchMain} printing reports/second/core and the ratio.
 */
package io.gongkai.bench;
