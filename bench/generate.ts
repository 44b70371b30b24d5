/**
 * Seeded synthetic who-said-what corpora for the benchmark (issue 7): valid claimgraph
 * documents (graph + text + precomputed positions) of any size, the same for the same seed.
 *
 * The corpus is a set of *stories* (about 40 nodes each: a cast of actors, a few events and
 * the claims made about them) tied together by actors that speak in many stories (heads of
 * state, agencies, wire services). Proportions, per node:
 *
 * - nodes: 30 % actors (every actor type; ~8 % of actors anonymous, such as "officials in X"),
 *   45 % claims, 25 % events (some of them publications that statements cite via);
 * - stored edges, per node: 1.0 statement, ~0.75 about (claim → the actors and events its
 *   sentence names), ~0.5 participant, ~0.35 affiliation; ~35 % of statements name one or two
 *   outlets in `via`, which the graph builder turns into ~0.4 derived `reported` edges per node:
 *   about 3 drawn edges per node in all;
 * - stances: allegation 25 %, assertion 25 %, assessment 20 %, denial 10 %, condemnation 8 %,
 *   rebuttal 7 %, evasion 5 %. Every claim gets a non-opposing statement first; denials and
 *   rebuttals go only to claims that some allegation, assertion or condemnation supports, so
 *   every one of them makes its claim contested (about 30 % of the claims). Denials come
 *   from the accused actor when the claim has one, most of the time.
 *
 * The text is written while the graph is made, one sentence per actor, event, statement,
 * participant and affiliation (claims are mentioned in the statements about them), so every
 * span is exact by construction. Positions come from a deterministic clustered placement
 * (stories on a sunflower spiral, each story's nodes on a small sunflower around its busiest
 * nodes): O(n), ~80 ms for 10 000 nodes and ~0.3 s for 50 000 here, where fcose or
 * ForceAtlas2 would take seconds to minutes (issue 7). Node only (hashing), but pure otherwise.
 */
import { createHash } from 'node:crypto';
import type {
  ActorNode,
  ActorType,
  ClaimNode,
  DocumentGraph,
  EventNode,
  GraphEdge,
  GraphNode,
  QuoteKind,
  Span,
  Stance,
} from '../src/model/schema.ts';
import { seededRandom } from '../src/model/random.ts';

export interface CorpusOptions {
  /** Number of nodes (actors + claims + events), at least 20. */
  nodes: number;
  /** PRNG seed; the same seed and size give the same corpus, byte for byte. */
  seed?: number;
  /** Document id (a slug); defaults to `bench-<size>` such as `bench-10k`. */
  id?: string;
}

export interface CorpusLayout {
  name: string;
  seed: number;
  positions: Record<string, { x: number; y: number }>;
}

export interface CorpusStats {
  nodes: number;
  actors: number;
  anonymousActors: number;
  claims: number;
  events: number;
  storedEdges: number;
  /** Derived `reported` edges the graph builder adds (one per distinct statement × outlet). */
  derivedEdges: number;
  edgesByKind: Record<GraphEdge['kind'], number>;
  stances: Record<Stance, number>;
  contestedClaims: number;
  textChars: number;
}

export interface Corpus {
  graph: DocumentGraph;
  text: string;
  layout: CorpusLayout;
  stats: CorpusStats;
  /** Wall time of generation and of the placement alone (ms). */
  timings: { generateMs: number; layoutMs: number };
}

export const DEFAULT_SEED = 20240607;

/** The stance mix of the statements (fractions of all statements). */
export const STANCE_MIX: Readonly<Record<Stance, number>> = {
  allegation: 0.25,
  assertion: 0.25,
  assessment: 0.2,
  denial: 0.1,
  condemnation: 0.08,
  rebuttal: 0.07,
  evasion: 0.05,
};

const ACTOR_TYPE_MIX: ReadonlyArray<readonly [ActorType, number]> = [
  ['person', 0.34],
  ['government', 0.12],
  ['state', 0.07],
  ['organization', 0.1],
  ['company', 0.1],
  ['media', 0.09],
  ['international', 0.04],
  ['research', 0.06],
  ['group', 0.08],
];

/** Per node: statements, and per actor / event / claim the rest (see the module comment). */
const SHARE = { actors: 0.3, claims: 0.45, statementsPerNode: 1.0 };
const STORY_SIZE = 40;
/** Median distance between neighbouring nodes, in model units (the app's force layout uses 62). */
const SPACING = 62;

const ids = {
  actor: (i: number) => `a-${i}`,
  claim: (i: number) => `c-${i}`,
  event: (i: number) => `e-${i}`,
  statement: (i: number) => `s-${i}`,
  about: (i: number) => `ab-${i}`,
  participant: (i: number) => `p-${i}`,
  affiliation: (i: number) => `f-${i}`,
};

/** The model's seeded PRNG (mulberry32). */
export const prng = seededRandom;

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
  /** An index drawn with probability proportional to 1 / (i + 1)^s (a Zipf-like skew). */
  zipf(n: number, s = 1): number {
    // Inverse transform of the continuous approximation: cheap and skewed enough.
    if (n <= 1) return 0;
    const u = this.next();
    const i =
      s === 1
        ? Math.floor(Math.exp(u * Math.log(n + 1)) - 1)
        : Math.floor(((n + 1) ** (1 - s) * u + (1 - u)) ** (1 / (1 - s)) - 1);
    return Math.min(n - 1, Math.max(0, i));
  }
}

/** Exact counts for `total` items split by `mix` (largest remainders), in mix order. */
function apportion<K extends string>(total: number, mix: ReadonlyArray<readonly [K, number]>) {
  const raw = mix.map(([k, p]) => ({ k, exact: total * p, n: Math.floor(total * p) }));
  let left = total - raw.reduce((s, r) => s + r.n, 0);
  [...raw]
    .sort((a, b) => b.exact - b.n - (a.exact - a.n))
    .forEach((r) => {
      if (left > 0) {
        r.n += 1;
        left -= 1;
      }
    });
  return raw.map((r) => [r.k, r.n] as const);
}

// ---------------------------------------------------------------------------------------
// Names

const SYLLABLES =
  'ka lo mi ra ven tor sa dun el bra ni sko va ther ol zan pe gri mar tu lin de kor ash'.split(' ');
const FIRST_NAMES =
  'Anna Boris Chen Dmitri Elena Farid Greta Hiro Ines Jonas Kira Luca Maya Nikolai Olga Pavel Rosa Sergei Tamar Yusuf'.split(
    ' ',
  );

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Unique, pronounceable names (labels are plain ASCII, as DESIGN.md §1 wants). */
class Names {
  private readonly used = new Set<string>();
  constructor(private readonly rnd: Random) {}
  word(): string {
    let w = '';
    const syllables = 2 + this.rnd.int(2);
    for (let i = 0; i < syllables; i++) w += this.rnd.pick(SYLLABLES);
    return capital(w);
  }
  /** A fresh name made by `make`; a number is added in the rare case all tries collide. */
  unique(make: () => string): string {
    for (let i = 0; i < 20; i++) {
      const name = make();
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    const name = `${make()} ${this.used.size}`;
    this.used.add(name);
    return name;
  }
  place(): string {
    return this.unique(() => `${this.word()}${this.rnd.pick(['ia', 'stan', 'land', 'ora'])}`);
  }
  actor(type: ActorType, anonymous: boolean, place: string): string {
    const r = this.rnd;
    const named = (...suffixes: string[]) =>
      this.unique(() => `${this.word()} ${r.pick(suffixes)}`);
    switch (type) {
      case 'person':
        return anonymous
          ? this.unique(() => `unnamed ${r.pick(['official', 'diplomat', 'minister'])} in ${place}`)
          : this.unique(() => `${r.pick(FIRST_NAMES)} ${this.word()}`);
      case 'organization':
        return named('Foundation', 'Council', 'Union', 'League');
      case 'company':
        return named('Holdings', 'Systems', 'Logistics', 'Energy');
      case 'government':
        return named('Ministry', 'Treasury', 'Directorate');
      case 'state':
        return this.place();
      case 'media':
        return named('News', 'Herald', 'Agency', 'Times');
      case 'international':
        return named('Commission', 'Assembly', 'Alliance');
      case 'research':
        return named('Institute', 'Centre', 'Analysis Group');
      case 'group':
        return anonymous
          ? this.unique(
              () => `${r.pick(['officials', 'experts', 'analysts', 'diplomats'])} in ${place}`,
            )
          : named('Coalition', 'Movement', 'Bloc');
    }
  }
}

// ---------------------------------------------------------------------------------------
// Text with exact spans

class TextWriter {
  private readonly parts: string[] = [];
  private length = 0;
  private last = '';
  private put(s: string): void {
    if (s === '') return;
    this.parts.push(s);
    this.length += s.length;
    this.last = s.charAt(s.length - 1);
  }
  /**
   * Writes a sentence from pieces (after a space, unless a paragraph starts); returns the
   * span of the whole sentence and of each piece.
   */
  sentence(pieces: readonly string[]): { whole: Span; pieces: Span[] } {
    if (this.length > 0 && this.last !== '\n') this.put(' ');
    const start = this.length;
    const spans = pieces.map((exact) => {
      const from = this.length;
      this.put(exact);
      return { start: from, end: this.length, exact };
    });
    return { whole: { start, end: this.length, exact: pieces.join('') }, pieces: spans };
  }
  paragraph(): void {
    if (this.length > 0) this.put('\n\n');
  }
  toString(): string {
    return this.parts.join('');
  }
}

// ---------------------------------------------------------------------------------------
// The corpus

const VERBS = [
  'supplied weapons to',
  'secretly financed',
  'violated sanctions against',
  'shipped oil to',
  'trained fighters for',
  'hacked the servers of',
  'paid bribes to',
  'sent observers to',
  'signed a secret deal with',
  'spied on',
];
const EVENT_KINDS: ReadonlyArray<readonly [eventType: string, noun: string]> = [
  ['meeting', 'summit'],
  ['visit', 'visit'],
  ['launch', 'launch'],
  ['sanction', 'sanctions round'],
  ['exercise', 'exercise'],
  ['meeting', 'talks'],
];
const PARTICIPANT_ROLES = ['host', 'visitor', 'delegate', 'observer', 'target', 'authority'];

/** How each stance is reported: cues of indirect speech, of direct quotes, and a quote's lead. */
const CUES: Record<
  Stance,
  { indirect: readonly string[]; direct: readonly string[]; lead: string }
> = {
  allegation: { indirect: ['alleged', 'claimed', 'charged'], direct: ['alleged'], lead: '' },
  assertion: { indirect: ['said', 'stated', 'confirmed'], direct: ['said'], lead: '' },
  assessment: { indirect: ['estimated', 'assessed', 'concluded'], direct: ['wrote'], lead: '' },
  condemnation: {
    indirect: ['condemned reports'],
    direct: ['said'],
    lead: 'It is shameful that ',
  },
  denial: { indirect: ['denied'], direct: ['insisted'], lead: 'It is a lie that ' },
  rebuttal: {
    indirect: ['disputed the claim'],
    direct: ['objected'],
    lead: 'Nobody has shown that ',
  },
  evasion: {
    indirect: ['declined to comment on whether'],
    direct: ['said'],
    lead: 'We will not discuss whether ',
  },
};

const isSupporting = (s: Stance) => s === 'allegation' || s === 'assertion' || s === 'condemnation';
const isOpposing = (s: Stance) => s === 'denial' || s === 'rebuttal';

function randomDate(rnd: Random): string {
  const y = 2015 + rnd.int(9);
  const r = rnd.next();
  if (r < 0.2) return String(y);
  const m = String(1 + rnd.int(12)).padStart(2, '0');
  if (r < 0.5) return `${y}-${m}`;
  return `${y}-${m}-${String(1 + rnd.int(28)).padStart(2, '0')}`;
}

/** `1000` → `1k`, `50000` → `50k`, `1500` → `1500`. */
export const sizeLabel = (n: number): string => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

interface ClaimInfo {
  node: ClaimNode;
  story: number;
  /** Index of the actor the claim accuses (its subject). */
  accused: number;
  about: { target: string; role: string }[];
  statements: number;
  supported: boolean;
}

/** The corpus's entry in the build's document list (`data/documents.json`). */
export function indexEntry(corpus: Corpus) {
  const { document } = corpus.graph;
  return {
    id: document.id,
    title: document.title,
    publisher: document.publisher,
    publishedAt: document.publishedAt,
    nodes: corpus.graph.nodes.length,
    edges: corpus.graph.edges.length,
  };
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const started = performance.now();
  const n = Math.max(20, Math.floor(options.nodes));
  const seed = options.seed ?? DEFAULT_SEED;
  const id = options.id ?? `bench-${sizeLabel(n)}`;
  const rnd = new Random(seed ^ Math.imul(n, 0x9e3779b1));
  const names = new Names(rnd);
  const text = new TextWriter();

  const nActors = Math.round(n * SHARE.actors);
  const nClaims = Math.round(n * SHARE.claims);
  const nEvents = n - nActors - nClaims;
  const nStories = Math.max(1, Math.round(n / STORY_SIZE));
  /** The story of item `i` of `count`: consecutive blocks of equal size. */
  const storyOf = (i: number, count: number) => Math.floor((i * nStories) / count);
  const byStory = (count: number) => {
    const lists: number[][] = Array.from({ length: nStories }, () => []);
    for (let i = 0; i < count; i++) lists[storyOf(i, count)]?.push(i);
    return lists;
  };
  const places = Array.from({ length: nStories }, () => names.place());

  // Actors: types in exact proportions, shuffled.
  const types = rnd.shuffle(
    apportion(nActors, ACTOR_TYPE_MIX).flatMap(([t, k]) => Array<ActorType>(k).fill(t)),
  );
  const actors: ActorNode[] = types.map((actorType, i) => {
    const anonymous =
      (actorType === 'group' && rnd.chance(0.6)) || (actorType === 'person' && rnd.chance(0.08));
    const place = places[storyOf(i, nActors)] as string;
    return {
      id: ids.actor(i),
      kind: 'actor',
      label: names.actor(actorType, anonymous, place),
      actorType,
      ...(anonymous ? { anonymous: true } : {}),
      mentions: [],
    };
  });
  const actorsOfStory = byStory(nActors);
  // Global prominence: a random rank per actor; Zipf draws over the ranks favour the hubs.
  const byRank = rnd.shuffle(actors.map((_, i) => i));
  const ranked = (keep: (a: ActorNode) => boolean) =>
    byRank.filter((i) => keep(actors[i] as ActorNode));
  const media = ranked((a) => a.actorType === 'media');
  const polities = ranked((a) => ['state', 'international', 'organization'].includes(a.actorType));

  /** An actor of `story`: mostly its own cast, sometimes a prominent actor of any story. */
  const actorFor = (story: number): number => {
    const cast = actorsOfStory[story] ?? [];
    if (cast.length > 0 && rnd.chance(0.7)) return cast[rnd.zipf(cast.length, 0.8)] as number;
    return byRank[rnd.zipf(byRank.length)] as number;
  };

  // Events; a tenth are publications, which statements may cite in `via`.
  const events: EventNode[] = [];
  for (let i = 0; i < nEvents; i++) {
    const place = places[storyOf(i, nEvents)] as string;
    if (rnd.chance(0.1)) {
      const year = 2015 + rnd.int(9);
      const kind = rnd.pick(['report', 'almanac', 'dossier']);
      events.push({
        id: ids.event(i),
        kind: 'event',
        label: names.unique(() => `${names.word()} ${kind} of ${year}`),
        eventType: 'publication',
        date: String(year),
        mentions: [],
      });
    } else {
      const [eventType, noun] = rnd.pick(EVENT_KINDS);
      events.push({
        id: ids.event(i),
        kind: 'event',
        label: names.unique(() => `${names.word()} ${noun}`),
        eventType,
        ...(rnd.chance(0.85) ? { date: randomDate(rnd) } : {}),
        ...(rnd.chance(0.5) ? { place } : {}),
        mentions: [],
      });
    }
  }
  const eventsOfStory = byStory(nEvents);
  const publications = events.flatMap((e, i) => (e.eventType === 'publication' ? [i] : []));

  // Claims: "<subject> <verb> <object>", about the subject (accused) and mostly the object.
  const claims: ClaimInfo[] = [];
  for (let i = 0; i < nClaims; i++) {
    const story = storyOf(i, nClaims);
    const accused = actorFor(story);
    const subject = actors[accused] as ActorNode;
    const about: ClaimInfo['about'] = [{ target: subject.id, role: 'accused' }];
    const storyEvents = eventsOfStory[story] ?? [];
    let object: string;
    if (storyEvents.length > 0 && rnd.chance(0.35)) {
      const event = events[rnd.pick(storyEvents)] as EventNode;
      object = `the ${event.label}`;
      if (rnd.chance(0.6)) about.push({ target: event.id, role: 'context' });
    } else {
      let other = actorFor(story);
      if (other === accused) other = (accused + 1) % actors.length;
      const target = actors[other] as ActorNode;
      object = target.label;
      if (rnd.chance(0.7))
        about.push({ target: target.id, role: rnd.pick(['target', 'beneficiary']) });
    }
    claims.push({
      node: {
        id: ids.claim(i),
        kind: 'claim',
        label: `${capital(subject.label)} ${rnd.pick(VERBS)} ${object}`,
        ...(rnd.chance(0.4) ? { date: randomDate(rnd) } : {}),
        mentions: [],
      },
      story,
      accused,
      about,
      statements: 0,
      supported: false,
    });
  }

  // Stances in exact counts, shuffled. Every claim's first statement is not opposing; denials
  // and rebuttals answer claims that something supports.
  const nStatements = Math.round(n * SHARE.statementsPerNode);
  const stancePool = rnd.shuffle(
    apportion(nStatements, Object.entries(STANCE_MIX) as [Stance, number][]).flatMap(([s, k]) =>
      Array<Stance>(k).fill(s),
    ),
  );
  const plannedByStory: { claim: number; stance: Stance }[][] = Array.from(
    { length: nStories },
    () => [],
  );
  const plan = (claim: number, stance: Stance) =>
    plannedByStory[(claims[claim] as ClaimInfo).story]?.push({ claim, stance });
  const others = stancePool.filter((s) => !isOpposing(s));
  others.forEach((stance, k) => {
    const claim = k < claims.length ? k : rnd.int(claims.length);
    plan(claim, stance);
    if (isSupporting(stance)) (claims[claim] as ClaimInfo).supported = true;
  });
  const supported = claims.flatMap((c, i) => (c.supported ? [i] : []));
  for (const stance of stancePool.filter(isOpposing)) plan(rnd.pick(supported), stance);

  const edges: GraphEdge[] = [];
  const count = { statement: 0, about: 0, participant: 0, affiliation: 0 };
  const mention = (node: GraphNode, span: Span) => {
    if (node.mentions.length < 3) node.mentions.push(span);
  };

  const writeStatement = (claim: ClaimInfo, stance: Stance) => {
    let speaker = isOpposing(stance) && rnd.chance(0.6) ? claim.accused : actorFor(claim.story);
    if (stance === 'assessment' && rnd.chance(0.4)) {
      const analysts = (actorsOfStory[claim.story] ?? []).filter(
        (i) => actors[i]?.actorType === 'research',
      );
      if (analysts.length > 0) speaker = rnd.pick(analysts);
    }
    const who = actors[speaker] as ActorNode;
    // Outlets: a medium (never the speaker itself), sometimes two, sometimes a publication.
    const via: GraphNode[] = [];
    if (rnd.chance(0.35)) {
      const outlets = rnd.chance(0.1) ? 2 : 1;
      for (let k = 0; k < outlets; k++) {
        const outlet =
          publications.length > 0 && rnd.chance(0.08)
            ? events[rnd.pick(publications)]
            : media.length > 0
              ? actors[media[rnd.zipf(media.length)] as number]
              : undefined;
        if (outlet && outlet.id !== who.id && !via.some((v) => v.id === outlet.id))
          via.push(outlet);
      }
    }
    const quote: QuoteKind = rnd.chance(0.25) ? 'direct' : rnd.chance(0.1) ? 'mixed' : 'indirect';
    const cues = CUES[stance];
    let pieces: string[];
    let cue: string;
    let claimPiece: number;
    let speakerPiece: number;
    if (quote === 'direct') {
      cue = rnd.pick(cues.direct);
      // “<lead><claim>,” <speaker> <cue>
      pieces = ['\u201c', cues.lead, claim.node.label, ',\u201d ', who.label, ` ${cue}`];
      claimPiece = 2;
      speakerPiece = 4;
    } else {
      cue = rnd.pick(cues.indirect);
      const that = cue.endsWith('whether') ? ' ' : ' that ';
      pieces = [capital(who.label), ` ${cue}${that}`, claim.node.label];
      if (quote === 'mixed') pieces.push(', calling it \u201cbeyond doubt\u201d');
      claimPiece = 2;
      speakerPiece = 0;
    }
    const [first, second] = via;
    if (first && second) pieces.push(', ', first.label, ' reported, citing ', second.label);
    else if (first) pieces.push(', according to ', first.label);
    pieces.push('.');
    const { whole, pieces: spans } = text.sentence(pieces);
    const claimSpan = spans[claimPiece] as Span;
    mention(claim.node, claimSpan);
    mention(who, spans[speakerPiece] as Span);
    edges.push({
      id: ids.statement(count.statement++),
      kind: 'statement',
      source: who.id,
      target: claim.node.id,
      stance,
      cue,
      via: via.map((v) => v.id),
      quote,
      ...(rnd.chance(0.6) ? { date: randomDate(rnd) } : {}),
      evidence: [whole],
    });
    claim.statements += 1;
    if (claim.statements === 1) {
      // The claim's about edges rest on the first sentence that states it, which names both.
      for (const a of claim.about) {
        edges.push({
          id: ids.about(count.about++),
          kind: 'about',
          source: claim.node.id,
          target: a.target,
          role: a.role,
          evidence: [claimSpan],
        });
      }
    }
  };

  // One paragraph per story: who and what it is about, what was said, who took part where,
  // who belongs to whom.
  for (let story = 0; story < nStories; story++) {
    text.paragraph();
    for (const i of actorsOfStory[story] ?? []) {
      const a = actors[i] as ActorNode;
      const { pieces } = text.sentence([
        capital(a.label),
        a.anonymous
          ? ' spoke on condition of anonymity.'
          : ` is ${/^[aeiou]/.test(a.actorType) ? 'an' : 'a'} ${a.actorType} actor.`,
      ]);
      mention(a, pieces[0] as Span);
    }
    for (const i of eventsOfStory[story] ?? []) {
      const e = events[i] as EventNode;
      const when = e.date ? ` in ${e.date}` : '';
      const verb = e.eventType === 'publication' ? 'appeared' : 'took place';
      const { pieces } = text.sentence(['The ', e.label, ` ${verb}${when}.`]);
      mention(e, pieces[1] as Span);
    }
    for (const { claim, stance } of plannedByStory[story] ?? []) {
      writeStatement(claims[claim] as ClaimInfo, stance);
    }
    // Participants: 1–4 per event (about 2.2 on average, after repeats are dropped).
    for (const i of eventsOfStory[story] ?? []) {
      const e = events[i] as EventNode;
      if (e.eventType === 'publication') continue;
      const seen = new Set<number>();
      const wanted = 1 + rnd.int(3) + (rnd.chance(0.3) ? 1 : 0);
      for (let k = 0; k < wanted; k++) {
        const who = actorFor(story);
        if (seen.has(who)) continue;
        seen.add(who);
        const a = actors[who] as ActorNode;
        const role = rnd.pick(PARTICIPANT_ROLES);
        const { whole } = text.sentence([
          capital(a.label),
          ' attended the ',
          e.label,
          ` as ${role}.`,
        ]);
        edges.push({
          id: ids.participant(count.participant++),
          kind: 'participant',
          source: a.id,
          target: e.id,
          role,
          evidence: [whole],
        });
      }
    }
    // Affiliations: 0–2 per actor (about 1.2 on average), mostly to prominent polities.
    for (const i of actorsOfStory[story] ?? []) {
      const a = actors[i] as ActorNode;
      const wanted = rnd.chance(0.15) ? 0 : rnd.chance(0.45) ? 2 : 1;
      for (let k = 0; k < wanted; k++) {
        const local = actorsOfStory[story] ?? [];
        const to =
          polities.length > 0 && rnd.chance(0.6)
            ? polities[rnd.zipf(polities.length)]
            : local[rnd.int(local.length)];
        if (to === undefined || to === i) continue;
        const b = actors[to] as ActorNode;
        const role =
          a.actorType === 'person'
            ? rnd.pick(['a citizen of', 'an adviser to', 'a member of'])
            : a.actorType === 'company'
              ? 'based in'
              : rnd.pick(['part of', 'allied with', 'funded by']);
        const { whole } = text.sentence([capital(a.label), ` is ${role} `, b.label, '.']);
        edges.push({
          id: ids.affiliation(count.affiliation++),
          kind: 'affiliation',
          source: a.id,
          target: b.id,
          role: role.replace(/^an? /, ''),
          evidence: [whole],
        });
      }
    }
  }

  const body = text.toString();
  const nodes: GraphNode[] = [...actors, ...claims.map((c) => c.node), ...events];
  const graph: DocumentGraph = {
    schemaVersion: 1,
    document: {
      id,
      title: `Synthetic corpus of ${n.toLocaleString('en')} nodes (seed ${seed})`,
      publisher: 'claimgraph bench',
      publishedAt: '2024-01-01',
      language: 'en',
      textFile: 'article.txt',
      textSha256: createHash('sha256').update(body).digest('hex'),
      note: 'Generated by bench/generate.ts for the benchmark: not a real document.',
    },
    nodes,
    edges,
  };

  const layoutStarted = performance.now();
  const storyNodes: string[][] = Array.from({ length: nStories }, () => []);
  actors.forEach((a, i) => storyNodes[storyOf(i, nActors)]?.push(a.id));
  claims.forEach((c) => storyNodes[c.story]?.push(c.node.id));
  events.forEach((e, i) => storyNodes[storyOf(i, nEvents)]?.push(e.id));
  const positions = clusteredLayout(graph, storyNodes, rnd);
  const layoutMs = performance.now() - layoutStarted;

  return {
    graph,
    text: body,
    layout: { name: 'bench-clustered', seed, positions },
    stats: corpusStats(graph, body),
    timings: { generateMs: performance.now() - started, layoutMs },
  };
}

/** Counts of a generated corpus (what the bench reports next to its figures). */
export function corpusStats(graph: DocumentGraph, text: string): CorpusStats {
  const edgesByKind = { statement: 0, about: 0, participant: 0, affiliation: 0 };
  const stances = Object.fromEntries(Object.keys(STANCE_MIX).map((s) => [s, 0])) as Record<
    Stance,
    number
  >;
  const derived = new Set<string>();
  const sides = new Map<string, { pro: boolean; con: boolean }>();
  for (const e of graph.edges) {
    edgesByKind[e.kind] += 1;
    if (e.kind !== 'statement') continue;
    stances[e.stance] += 1;
    for (const v of e.via) derived.add(`${e.id}:${v}`);
    const s = sides.get(e.target) ?? { pro: false, con: false };
    s.pro ||= isSupporting(e.stance);
    s.con ||= isOpposing(e.stance);
    sides.set(e.target, s);
  }
  const actors = graph.nodes.filter((node) => node.kind === 'actor');
  return {
    nodes: graph.nodes.length,
    actors: actors.length,
    anonymousActors: actors.filter((a) => a.anonymous).length,
    claims: graph.nodes.filter((node) => node.kind === 'claim').length,
    events: graph.nodes.filter((node) => node.kind === 'event').length,
    storedEdges: graph.edges.length,
    derivedEdges: derived.size,
    edgesByKind,
    stances,
    contestedClaims: [...sides.values()].filter((s) => s.pro && s.con).length,
    textChars: text.length,
  };
}

/**
 * Stories on a sunflower spiral; within a story, its nodes on a small sunflower, busiest
 * first (so hubs sit in the middle of their story), with a little jitter. Deterministic.
 */
function clusteredLayout(
  graph: DocumentGraph,
  storyNodes: string[][],
  rnd: Random,
): Record<string, { x: number; y: number }> {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const golden = Math.PI * (3 - Math.sqrt(5));
  // Vogel's sunflower: point i at radius c·√i leaves each point an area of π·c², so
  // neighbours end up about √π·c apart.
  const c = SPACING / Math.sqrt(Math.PI);
  const largest = Math.max(...storyNodes.map((s) => s.length));
  const storyRadius = c * Math.sqrt(largest) + SPACING;
  // Story centres on a sunflower too, with a gap of about one story radius between stories.
  const C = (3 * storyRadius) / Math.sqrt(Math.PI);
  const positions: Record<string, { x: number; y: number }> = {};
  storyNodes.forEach((nodes, s) => {
    const r = C * Math.sqrt(s + 0.5);
    const cx = r * Math.cos(s * golden) * 1.4; // wider than tall, as screens are
    const cy = r * Math.sin(s * golden);
    const sorted = [...nodes].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0));
    sorted.forEach((id, i) => {
      const rr = c * Math.sqrt(i + 0.5);
      const jitter = () => (rnd.next() - 0.5) * c * 0.3;
      positions[id] = {
        x: Math.round((cx + rr * Math.cos(i * golden) + jitter()) * 10) / 10,
        y: Math.round((cy + rr * Math.sin(i * golden) + jitter()) * 10) / 10,
      };
    });
  });
  return positions;
}
