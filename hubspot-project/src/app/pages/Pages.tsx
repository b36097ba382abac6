import { hubspot } from '@hubspot/ui-extensions';
import { PageRoutes, createPageRouter } from '@hubspot/ui-extensions/pages';
import { PortfolioPage } from './PortfolioPage.tsx';

/** The app's pages: the home page (the index route) is the CS manager's portfolio. */
const PageRouter = createPageRouter(
  <PageRoutes>
    <PageRoutes.IndexRoute id="portfolio" component={PortfolioPage} />
  </PageRoutes>,
);

export const Pages = () => <PageRouter />;

hubspot.extend<'pages'>(() => <Pages />);
