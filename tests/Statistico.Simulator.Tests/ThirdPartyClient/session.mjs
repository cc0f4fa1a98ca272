// One trading session of betfair-node, used exactly as its README shows and unchanged: it still addresses Betfair's
// own hosts. Where they lead is the caller's business (HTTPS_PROXY and NODE_EXTRA_CA_CERTS: see the Simulator's
// README). Prints one JSON summary of what the exchange answered; exits 1 with the error when a call fails.
//
//   BETFAIR_APP_KEY=simulator-app-key BETFAIR_USERNAME=statistico BETFAIR_PASSWORD=simulator node session.mjs
import betfair from 'betfair-node';

const {
  createBetfairApiState, login, listEventTypes, listCompetitions, listVenues, listMarketCatalogue, listMarketBook,
  placeOrders, listCurrentOrders, cancelOrders, createCancelInstruction, isValidBetId,
} = betfair;

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

// The library hands back axios responses; a JSON-RPC error is a 200 with `error`, which it does not check itself.
const result = (response, what) => {
  if (response.data.error) throw new Error(`${what}: ${JSON.stringify(response.data.error)}`);
  return response.data.result;
};

const summary = {};
let state = createBetfairApiState('en', 'GBP', 0, 5000, () => {});
state = await login(state, env('BETFAIR_APP_KEY'), env('BETFAIR_USERNAME'), env('BETFAIR_PASSWORD'));
summary.login = { sessionToken: Boolean(state.sessionKey), currencyRates: (state.currencyRates ?? []).length };

const eventTypes = result(await listEventTypes(state, {}), 'listEventTypes');
summary.eventTypes = eventTypes.map((e) => ({ id: e.eventType.id, name: e.eventType.name, marketCount: e.marketCount }));
const soccer = eventTypes.find((e) => e.eventType.name === 'Soccer');
if (!soccer) throw new Error('no Soccer event type');

const football = { eventTypeIds: [soccer.eventType.id] };
const competitions = result(await listCompetitions(state, football), 'listCompetitions');
summary.competitions = competitions.map((c) => ({ id: c.competition.id, name: c.competition.name, marketCount: c.marketCount }));
summary.venues = result(await listVenues(state, football), 'listVenues').length;

const catalogue = result(await listMarketCatalogue(state, { ...football, marketTypeCodes: ['MATCH_ODDS'] },
  ['COMPETITION', 'EVENT', 'MARKET_START_TIME', 'RUNNER_DESCRIPTION'], 'FIRST_TO_START', 5), 'listMarketCatalogue');
summary.markets = catalogue.map((m) => ({
  marketId: m.marketId, event: m.event?.name, competition: m.competition?.name, startTime: m.marketStartTime,
  runners: (m.runners ?? []).map((r) => r.runnerName),
}));
const market = catalogue[0];
if (!market) throw new Error('no MATCH_ODDS market');
const selectionId = market.runners[0].selectionId;

const [book] = result(await listMarketBook(state, { marketIds: [market.marketId], priceProjection: { priceData: ['EX_BEST_OFFERS'] } }), 'listMarketBook');
const runner = book.runners.find((r) => r.selectionId === selectionId);
summary.book = {
  marketId: book.marketId, status: book.status, inplay: book.inplay, version: book.version,
  bestBack: runner.ex.availableToBack[0] ?? null, bestLay: runner.ex.availableToLay[0] ?? null,
};

// A back at 1000 rests: nobody offers that price, so the order waits unmatched until cancelled.
const placed = result(await placeOrders(state, market.marketId, [{
  selectionId, handicap: 0, side: 'BACK', orderType: 'LIMIT',
  limitOrder: { size: 2, price: 1000, persistenceType: 'LAPSE' },
}], `npm-${Date.now()}`), 'placeOrders');
const report = placed.instructionReports[0];
summary.placed = { status: placed.status, instructionStatus: report.status, betId: report.betId, orderStatus: report.orderStatus,
  validBetId: isValidBetId(report.betId ?? '') };
if (placed.status !== 'SUCCESS') throw new Error(`placeOrders: ${JSON.stringify(placed)}`);

const current = result(await listCurrentOrders(state, [report.betId]), 'listCurrentOrders');
summary.current = current.currentOrders.map((o) => ({ betId: o.betId, status: o.status, price: o.priceSize.price,
  size: o.priceSize.size, sizeRemaining: o.sizeRemaining }));

const cancelled = result(await cancelOrders(state, market.marketId, [createCancelInstruction(report.betId)]), 'cancelOrders');
summary.cancelled = { status: cancelled.status, instructionStatus: cancelled.instructionReports[0].status,
  sizeCancelled: cancelled.instructionReports[0].sizeCancelled };

const after = result(await listCurrentOrders(state, [report.betId]), 'listCurrentOrders');
summary.after = after.currentOrders.map((o) => ({ betId: o.betId, status: o.status, sizeCancelled: o.sizeCancelled }));

console.log(JSON.stringify(summary));
