import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { Diagnostic as InternalDiagnostic, Severity as InternalSeverity } from "../../src/diagnostics.js";
import {
  type Diagnostic,
  type DocumentFields,
  type DocumentKind,
  type GazetteDocument,
  type GongbaoResult,
  type Marker,
  type MarkerKind,
  type NodeRole,
  type Point,
  type Position,
  type Severity,
  type Source,
  documentSchema,
  parse,
} from "../../src/index.js";
import type { InputFormat } from "../../src/input/detect.js";
import type { GazetteDocument as PipelineDocument } from "../../src/structure/document.js";
import type { DocumentKind as InternalKind } from "../../src/structure/kinds.js";
import type { NodeMarker, NodeRole as InternalRole } from "../../src/structure/node.js";
import type { MarkerKind as InternalMarkerKind } from "../../src/tokenize/types.js";
import type { Point as InternalPoint, Position as InternalPosition } from "../../src/util/position.js";

/*
 * The zod schemas are the one source of the public types. Where the pipeline
 * keeps a type of its own (positions, diagnostics, markers, enums), these
 * checks make `npm run typecheck` fail the moment the two drift apart.
 */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Equal up to optional fields written `?: T` on one side and `?: T | undefined` on the other. */
type Loose<T> = T extends object ? { [K in keyof T]-?: Loose<Exclude<T[K], undefined>> } : T;
type Same<A, B> = Equal<Loose<A>, Loose<B>>;

const same = <A, B>(value: Same<A, B>) => value;

describe("one source of types", () => {
  it("the pipeline's own types equal the schema's", () => {
    expect(same<InternalPoint, Point>(true)).toBe(true);
    expect(same<InternalPosition, Position>(true)).toBe(true);
    expect(same<InternalDiagnostic, Diagnostic>(true)).toBe(true);
    expect(same<InternalSeverity, Severity>(true)).toBe(true);
    expect(same<NodeMarker, Marker>(true)).toBe(true);
    expect(same<InternalRole, NodeRole>(true)).toBe(true);
    expect(same<InternalKind, DocumentKind>(true)).toBe(true);
    expect(same<InternalMarkerKind, MarkerKind>(true)).toBe(true);
    expect(same<InputFormat, Source["format"]>(true)).toBe(true);
    expect(same<PipelineDocument, DocumentFields>(true)).toBe(true);
  });

  it("every public type is the output type of its schema", () => {
    expectTypeOf<DocumentFields>().toEqualTypeOf<z.output<typeof documentSchema>>();
    expectTypeOf<GazetteDocument>().toExtend<DocumentFields>();
    expectTypeOf<GongbaoResult["documents"][number]>().toEqualTypeOf<GazetteDocument>();
  });

  it("kind narrows decree: a decree always carries it", () => {
    const result = parse("中华人民共和国国务院令\n第707号\n《条例》已经2018年12月5日国务院第33次常务会议通过，现予公布，自2019年3月1日起施行。\n总理  李克强\n2018年12月18日\n");
    const document = result.documents[0] as GazetteDocument;
    if (document.kind === "decree") {
      // No `?.` and no `!`: the type says it is there (TS18048 before).
      const number: number | null = document.decree.number;
      expect(number).toBe(707);
    } else {
      expect.unreachable(`kind ${document.kind}`);
    }
    expectTypeOf<Extract<GazetteDocument, { kind: "decree" }>["decree"]>().toEqualTypeOf<z.output<typeof documentSchema>["decree"] & {}>();
  });
});
