#!/usr/bin/env node
/**
 * A probe for the benchmark: how long the content build's conversion
 * libraries take to start, in a fresh process (import, then the first call,
 * which loads pinyin-pro's dictionary or builds an OpenCC converter). Prints
 * one line of JSON (see LibraryStartup in build-times.ts).
 */
export {};

const t0 = performance.now();
const { pinyin } = await import('pinyin-pro');
const t1 = performance.now();
pinyin('中华人民共和国外交部', { type: 'all', toneType: 'symbol', toneSandhi: true });
const t2 = performance.now();
const OpenCC = await import('opencc-js');
const t3 = performance.now();
OpenCC.Converter({ from: 'cn', to: 'tw' })('中华人民共和国');
const t4 = performance.now();
OpenCC.Converter({ from: 'cn', to: 'hk' })('中华人民共和国');
const t5 = performance.now();
const r = (x: number): number => Math.round(x * 10) / 10;
console.log(
  JSON.stringify({
    pinyinPro: { importMs: r(t1 - t0), firstCallMs: r(t2 - t1) },
    opencc: { importMs: r(t3 - t2), twConverterMs: r(t4 - t3), hkConverterMs: r(t5 - t4) },
    totalMs: r(t5 - t0),
  }),
);
