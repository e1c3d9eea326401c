// A worker entry that exits without parsing, as a worker that fails to start its loop would.
export {};
