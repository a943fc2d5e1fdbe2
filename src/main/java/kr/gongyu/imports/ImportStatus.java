package kr.gongyu.imports;

/** Where an import stands: its job is running, it has ended with every row imported or rejected, or it failed. */
public enum ImportStatus {
    RUNNING,
    DONE,
    FAILED
}
