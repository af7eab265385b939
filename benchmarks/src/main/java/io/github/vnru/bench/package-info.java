/** JMH benchmarks and measurements for vnru: parse throughput, query latency and memory. */
package io.github.vnru.bench;
