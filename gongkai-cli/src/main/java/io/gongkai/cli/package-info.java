/**
 * The {@code gongkai} command line: one class per subcommand ({@code parse}, {@code check}), documented exit codes
 * ({@link io.gongkai.cli.ExitCode}), injectable output streams. All reading goes through
 * {@link io.gongkai.app.ReportReader}.
 */
package io.gongkai.cli;
