// The JSON the gateway passes through from the services, as their C# records serialise it (ASP.NET's web defaults:
// camelCase names; enums as their member names through JsonStringEnumConverter, e.g. "Paper", "Active", "Back").

/** ServiceDefaults' SummaryLine: one stage of a service's work. */
export interface SummaryLine {
  name: string;
  count: number;
  latest: string | null;
  amount?: number | null;
}

/** ServiceDefaults' ServiceSummary, the body of every service's GET /api/summary. */
export interface ServiceSummary {
  service: string;
  lines: SummaryLine[];
}

/** The gateway's `event: summary` data. A service that did not answer is null. */
export interface PlatformSummary {
  trader: ServiceSummary | null;
  warehouse: ServiceSummary | null;
}

/** Trader's Page<T>. */
export interface Page<T> {
  items: T[];
  pageNumber: number;
  pageSize: number;
  total: number;
}

/** Trader's TradeStep: one transition of a trade. */
export interface TradeStep {
  from: string | null;
  to: string;
  cause: string;
  at: string;
  detail?: string | null;
}

/** Trader's TradeDto (timeline only when one trade is asked for). */
export interface Trade {
  tradeId: string;
  state: string;
  strategyId: string;
  strategyVersion: number;
  mode: string;
  fixtureId: string;
  marketType: string;
  selection: string;
  side: string;
  price: number;
  stake: number;
  modelProbability: number;
  source: string;
  customerOrderRef: string;
  betId: string | null;
  sizeMatched: number;
  averagePriceMatched: number | null;
  signalledAt: string;
  outcome: string | null;
  grossProfit: number | null;
  commission: number | null;
  netProfit: number | null;
  settledAt: string | null;
  endReason: string | null;
  timeline: TradeStep[] | null;
}

/** The parts of Trader's StrategyDefinition the UI shows. */
export interface StrategyDefinition {
  name: string;
  description: string;
  marketType: string;
  selection: string;
  side: string;
  mode: string;
  startingBankroll: number;
  /** The compiled model whose probabilities it trusts (an OddsCompiled model name, e.g. "market-informed"). */
  model: string;
  priceSources: string[];
}

/** Trader's StrategyVersion (GET /api/strategies/{id}/versions, newest first): a trade records its version's number. */
export interface StrategyVersion {
  strategyId: string;
  version: number;
  status: string;
  definition: StrategyDefinition;
  change: string;
  createdAt: string;
}

/** Trader's StrategyDto. */
export interface Strategy {
  id: string;
  version: number;
  status: string;
  definition: StrategyDefinition;
  bankroll: number;
  openExposure: number;
  openTrades: number;
  createdAt: string;
  updatedAt: string;
}

/** Odds Warehouse's PriceObservation (depth fields left out). */
export interface PriceObservation {
  source: string;
  selection: string;
  handicap: number;
  observedAt: string;
  inPlay: boolean;
  backPrice: number | null;
  backSize: number | null;
  layPrice: number | null;
  laySize: number | null;
  lastTradedPrice: number | null;
  fairPrice: number | null;
}

/** The part of Football Data's FixtureDto the UI shows. */
export interface Fixture {
  id: string;
  homeTeam: { id: string; name: string };
  awayTeam: { id: string; name: string };
  kickOff: string;
}
