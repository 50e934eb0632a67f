// SPDX-License-Identifier: EPL-2.0
//
// An independent computation of the pass times that OrekitPassTimesTest compares with: the SGP4 of
// satellite.js (a JavaScript port of Vallado's SGP4, unrelated to Orekit's code), TEME to
// Earth-fixed by Greenwich mean sidereal time, the station on WGS-84, and the crossings of the
// elevation mask found by scanning at 1 s and bisecting to 1 ms. Run once to regenerate:
//   npm install satellite.js@5 && node passes.js
// and paste the output into the test.
const sat = require('satellite.js');

const line1 = '1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927';
const line2 = '2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537';
const station = { name: 'Graz', lat: 47.067, lon: 15.493, altKm: 0.5, maskDeg: 10 };
const start = Date.parse('2008-09-20T12:00:00Z');
const end = Date.parse('2008-09-21T12:00:00Z');

const rec = sat.twoline2satrec(line1, line2);
const observer = {
  latitude: sat.degreesToRadians(station.lat),
  longitude: sat.degreesToRadians(station.lon),
  height: station.altKm,
};

function elevationDeg(ms) {
  const d = new Date(ms);
  const pv = sat.propagate(rec, d);
  const ecf = sat.eciToEcf(pv.position, sat.gstime(d));
  return sat.radiansToDegrees(sat.ecfToLookAngles(observer, ecf).elevation);
}

function crossing(a, b) {
  let fa = elevationDeg(a) - station.maskDeg;
  while (b - a > 1) {
    const m = Math.floor((a + b) / 2);
    const fm = elevationDeg(m) - station.maskDeg;
    if ((fm > 0) === (fa > 0)) { a = m; fa = fm; } else { b = m; }
  }
  return a;
}

let rise = null;
let max = -90;
let previous = start;
let above = elevationDeg(start) > station.maskDeg;
for (let t = start + 1000; t <= end; t += 1000) {
  const e = elevationDeg(t);
  const now = e > station.maskDeg;
  if (now && !above) { rise = crossing(previous, t); max = -90; }
  if (now) { max = Math.max(max, e); }
  if (!now && above && rise !== null) {
    const set = crossing(previous, t);
    console.log(`{"${new Date(rise).toISOString()}", "${new Date(set).toISOString()}", ${max.toFixed(3)}},`);
    rise = null;
  }
  above = now;
  previous = t;
}
