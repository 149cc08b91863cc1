/**
 * Application services: the sequences of stages that every front end runs ({@link io.gongkai.app.ReportReader}:
 * ingest → extract → validate). Front ends hold no pipeline logic of their own.
 */
package io.gongkai.app;
