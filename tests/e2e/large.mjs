// A large, valid dataset for the responsiveness test, made the same way every time: 300
// states and about 10 MB of ties (two to four members each, from 1815 to 2018, with a
// summary and a quoted source of a few hundred characters, as real datasets have).
const WORDS = "alliance treaty signed between the parties who agree to consult each other and to defend any member against attack by a third state within the territory named in the articles".split(" ");

function* random(seed) {
  let s = seed >>> 0;
  for (;;) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    yield s / 2 ** 32;
  }
}

export function largeDataset(bytes = 10 * 1024 * 1024) {
  const r = random(7);
  const next = () => r.next().value;
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const regions = ["Europe", "Americas", "Africa", "Middle East", "Asia"];
  const states = Array.from({ length: 300 }, (_, i) => ({ id: `S${String(i).padStart(3, "0")}`, name: `State ${i}`, region: regions[i % regions.length] }));
  const domains = ["defense", "offense", "neutrality", "consultation"].map((id) => ({ id, label: id[0].toUpperCase() + id.slice(1) }));
  const dataset = {
    format: "alliance-map",
    version: 1,
    title: "A large generated dataset",
    description: "Generated for testing: not facts.",
    domains,
    states,
    sources: [{ id: "generated", title: "Generated text", date: "2026" }],
    ties: [],
  };
  let size = JSON.stringify(dataset).length;
  for (let i = 0; size < bytes; i++) {
    const members = new Set();
    const want = 2 + Math.floor(next() * next() * 3);
    while (members.size < want) members.add(pick(states).id);
    const start = 1815 + Math.floor(next() * 200);
    const tie = {
      id: `t${i}`,
      title: `Generated tie ${i}`,
      members: [...members],
      domains: [pick(domains).id],
      stance: next() < 0.9 ? "cooperation" : "rivalry",
      kind: "treaty",
      start: `${start}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}`,
      ...(next() < 0.8 ? { end: String(start + 1 + Math.floor(next() * 30)) } : {}),
      summary: words(40),
      sources: [{ source: "generated", quote: words(45) }],
    };
    dataset.ties.push(tie);
    size += JSON.stringify(tie).length + 1;
  }
  return JSON.stringify(dataset);
}
