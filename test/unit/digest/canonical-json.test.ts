import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, quoteJsonString } from '../../../src/digest/index.js';

describe('canonicalJson', () => {
  it('sorts object keys and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null], c: { z: 'z', y: 'y' } })).toBe('{"a":[true,null],"b":1,"c":{"y":"y","z":"z"}}');
  });

  it('gives the same text for the same data in any key order, at any depth', () => {
    const a = { subject: { name: '某公司', id: '91110105MA01K7Q36X' }, outcome: 'restricted', applied: [{ measure: { id: 'P1', basis: ['b1', 'b2'] } }] };
    const b = { applied: [{ measure: { basis: ['b1', 'b2'], id: 'P1' } }], outcome: 'restricted', subject: { id: '91110105MA01K7Q36X', name: '某公司' } };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('keeps array order (a different order is different data)', () => {
    expect(canonicalJson([2, 1])).toBe('[2,1]');
    expect(canonicalJson(['b1', 'b2'])).not.toBe(canonicalJson(['b2', 'b1']));
  });

  it('drops undefined, functions and symbols from objects and writes null for them in arrays', () => {
    expect(canonicalJson({ a: undefined, b: () => 1, c: Symbol('x'), d: 0 })).toBe('{"d":0}');
    expect(canonicalJson([undefined, () => 1, 1])).toBe('[null,null,1]');
    expect(canonicalJson({ reason: undefined })).toBe(canonicalJson({}));
  });

  it('writes non-finite numbers as null and -0 as 0, like JSON', () => {
    expect(canonicalJson([NaN, Infinity, -0, 1.5e-7, 1e21])).toBe('[null,null,0,1.5e-7,1e+21]');
  });

  it('writes unicode as itself and escapes what JSON escapes, including lone surrogates', () => {
    expect(canonicalJson({ name: '北京恒拓建设工程有限公司', note: '〔2026〕17号 😀' })).toBe('{"name":"北京恒拓建设工程有限公司","note":"〔2026〕17号 😀"}');
    expect(canonicalJson('a"b\\c\n\u0001\u2028')).toBe('"a\\"b\\\\c\\n\\u0001\u2028"');
    expect(canonicalJson('\ud800x\udc00')).toBe('"\\ud800x\\udc00"');
  });

  it('orders keys by UTF-16 code units, so CJK and astral keys have one fixed order', () => {
    expect(canonicalJson({ '名': 1, a: 2, '😀': 3, B: 4, '\uffff': 5 })).toBe('{"B":4,"a":2,"名":1,"😀":3,"\uffff":5}');
  });

  it('writes Dates as ISO strings and unwraps boxed primitives', () => {
    expect(canonicalJson({ at: new Date('2026-11-22T00:00:00Z') })).toBe('{"at":"2026-11-22T00:00:00.000Z"}');
    // eslint-disable-next-line no-new-wrappers
    expect(canonicalJson([new String('x'), new Number(2), new Boolean(false)])).toBe('["x",2,false]');
  });

  it('throws on cycles instead of looping', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(TypeError);
    const shared = { v: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"v":1},"b":{"v":1}}');
  });

  it('matches JSON.stringify for every string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => quoteJsonString(s) === JSON.stringify(s)));
  });

  it('parses back to the same data for JSON-like values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v)!;
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  describe('on a page whose old libraries polluted the built-in prototypes', () => {
    const value = { records: [{ id: 'r1', title: '虚假材料' }], outcome: 'restricted' };
    const clean = '{"outcome":"restricted","records":[{"id":"r1","title":"虚假材料"}]}';
    const proto = Object.prototype as unknown as Record<string, unknown>;
    const arrayProto = Array.prototype as unknown as Record<string, unknown>;

    // The assertions run after the pollution is removed: the test runner itself is no
    // more robust against it than the host page's other scripts.
    it('ignores Array.prototype.toJSON (Prototype.js 1.6 style)', () => {
      arrayProto.toJSON = function (this: unknown[]) {
        return `[array of ${this.length}]`;
      };
      let viaJson: string;
      let ours: string | undefined;
      try {
        viaJson = JSON.stringify(value);
        ours = canonicalJson(value);
      } finally {
        delete arrayProto.toJSON;
      }
      expect(viaJson).not.toBe(clean); // the pollution does change JSON.stringify
      expect(ours).toBe(clean);
    });

    it('ignores Object.prototype.toJSON and enumerable Object.prototype properties', () => {
      let ours: string | undefined;
      let forInKeys: string[];
      try {
        proto.toJSON = () => 'polluted';
        Object.defineProperty(proto, 'version', { value: '1.0', enumerable: true, configurable: true, writable: true });
        forInKeys = [];
        for (const key in value) forInKeys.push(key);
        ours = canonicalJson(value);
      } finally {
        delete proto.toJSON;
        delete proto.version;
      }
      expect(forInKeys).toContain('version'); // the pollution is visible to for…in
      expect(ours).toBe(clean);
    });
  });
});
