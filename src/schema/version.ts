/** Semantic version of the result contract. A breaking change bumps the major. */
export const SCHEMA_VERSION = "1.12.0";
