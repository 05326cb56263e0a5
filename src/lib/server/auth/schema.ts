// Tables of the auth capability (filled in as it grows).
export {};
