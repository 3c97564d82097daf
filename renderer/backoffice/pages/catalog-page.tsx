// Catalog of one location: products (price, tax, category, barcodes, modifiers, stock), categories,
// modifier groups and tax rates, one file per tab in catalog/. Prices are typed in the location's
// currency and stored in minor units.
import { useState } from 'react';
import type { CatalogView } from '../../../core/api/backoffice';
import { get, query } from '../api-client';
import { useSession } from '../session';
import { useRememberedLocation } from '../remembered-location';
import { ErrorBanner, LocationSelect, Loading, PageHeader, useLoad } from '../ui';
import { CategoriesTab } from './catalog/categories-tab';
import { ModifiersTab } from './catalog/modifiers-tab';
import { ProductsTab } from './catalog/products-tab';
import { TaxesTab } from './catalog/taxes-tab';

type Tab = 'products' | 'categories' | 'modifiers' | 'taxes';
const TABS: { id: Tab; label: string }[] = [
  { id: 'products', label: 'Products' },
  { id: 'categories', label: 'Categories' },
  { id: 'modifiers', label: 'Modifiers' },
  { id: 'taxes', label: 'Taxes' },
];

export function CatalogPage() {
  const session = useSession();
  const [locationId, setLocationId] = useRememberedLocation(session, 'catalog');
  const [tab, setTab] = useState<Tab>('products');
  const location = session.locations.find((l) => l.id === locationId);
  const catalog = useLoad(() => get<CatalogView>(`/catalog${query({ location_id: locationId })}`), [locationId]);

  return (
    <>
      <PageHeader title="Products">
        <div>
          <label htmlFor="catalog-location">Location</label>
          <LocationSelect id="catalog-location" value={locationId} onChange={setLocationId} />
        </div>
      </PageHeader>
      <div className="tabs" role="tablist" aria-label="Catalog">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" className="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <ErrorBanner error={catalog.error} />
      {!catalog.data || !location ? (
        <Loading what="the catalog" />
      ) : (
        <div role="tabpanel">
          {tab === 'products' ? <ProductsTab location={location} catalog={catalog.data} /> : null}
          {tab === 'categories' ? <CategoriesTab location={location} categories={catalog.data.categories} onChange={catalog.reload} /> : null}
          {tab === 'modifiers' ? <ModifiersTab location={location} groups={catalog.data.modifier_groups} onChange={catalog.reload} /> : null}
          {tab === 'taxes' ? <TaxesTab location={location} rates={catalog.data.tax_rates} onChange={catalog.reload} /> : null}
        </div>
      )}
    </>
  );
}
