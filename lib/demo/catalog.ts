import type { DemoLanguage, DemoSegment } from './person';

/**
 * What our demo company sells: fine and fashion jewellery, gold and silver gifts
 * for banks, and amenities and gift-shop goods for hotels. Unit prices are per
 * piece in the catalogue's currency (CNY for Chinese, USD for English customers),
 * so that quantities come out plausible for each kind of buyer.
 */
export interface CatalogItem {
  product: string;
  category: string;
  unitPrice: number;
}

type Catalog = Record<DemoSegment, CatalogItem[]>;

const CHINESE: Catalog = {
  jewellery: [
    { product: '18K金镶钻项链', category: '黄金镶嵌', unitPrice: 3200 },
    { product: '足金生肖吊坠', category: '黄金饰品', unitPrice: 1800 },
    { product: '淡水珍珠耳钉', category: '珍珠', unitPrice: 260 },
    { product: '南洋金珠项链', category: '珍珠', unitPrice: 6800 },
    { product: '翡翠平安扣', category: '翡翠玉石', unitPrice: 1500 },
    { product: '925银饰春季新款', category: '银饰', unitPrice: 180 },
  ],
  hotel: [
    { product: '客房洗护用品套装', category: '客房用品', unitPrice: 12 },
    { product: '全棉酒店浴袍', category: '布草', unitPrice: 160 },
    { product: '大堂精品店银饰纪念品', category: '礼品店', unitPrice: 95 },
    { product: '定制中秋月饼礼盒', category: '节日礼品', unitPrice: 188 },
  ],
  bank: [
    { product: '生肖纪念金条（20克）', category: '投资金银', unitPrice: 11800 },
    { product: '熊猫银币套装', category: '投资金银', unitPrice: 980 },
    { product: '贵宾客户定制礼盒', category: '客户礼品', unitPrice: 680 },
    { product: '积分兑换银饰', category: '积分礼品', unitPrice: 220 },
  ],
  trading: [
    { product: '银饰批发（混装）', category: '批发', unitPrice: 65 },
    { product: '珠宝包装盒', category: '包装', unitPrice: 8 },
    { product: '合金时尚饰品', category: '时尚饰品', unitPrice: 15 },
    { product: '出口珍珠半成品', category: '珍珠原料', unitPrice: 40 },
  ],
  retail: [
    { product: '门店陈列银饰', category: '银饰', unitPrice: 160 },
    { product: '春节礼盒', category: '节日礼品', unitPrice: 298 },
    { product: '足金转运珠', category: '黄金饰品', unitPrice: 880 },
    { product: '珍珠手链', category: '珍珠', unitPrice: 210 },
  ],
  distribution: [
    { product: '黄金饰品区域批量订货', category: '黄金饰品', unitPrice: 2400 },
    { product: '银饰整箱', category: '银饰', unitPrice: 120 },
    { product: '珍珠饰品整箱', category: '珍珠', unitPrice: 200 },
    { product: '展柜与陈列道具', category: '陈列道具', unitPrice: 3500 },
  ],
};

const ENGLISH: Catalog = {
  jewellery: [
    { product: '18K gold diamond pendant', category: 'Fine jewellery', unitPrice: 450 },
    { product: 'Freshwater pearl earrings', category: 'Pearls', unitPrice: 38 },
    { product: 'South Sea pearl strand', category: 'Pearls', unitPrice: 950 },
    { product: 'Sterling silver charm collection', category: 'Silver', unitPrice: 25 },
    { product: 'Jadeite bangle, grade A', category: 'Jade', unitPrice: 220 },
  ],
  hotel: [
    { product: 'Room amenities set', category: 'Room amenities', unitPrice: 1.8 },
    { product: 'Cotton bathrobe', category: 'Linen', unitPrice: 22 },
    { product: 'Gift-shop silver souvenirs', category: 'Gift shop', unitPrice: 14 },
    { product: 'Custom mooncake gift box', category: 'Seasonal gifts', unitPrice: 28 },
  ],
  bank: [
    { product: 'Zodiac gold bar, 10 g', category: 'Investment gold', unitPrice: 820 },
    { product: 'Private-banking client gift set', category: 'Client gifts', unitPrice: 95 },
    { product: 'Silver commemorative coin set', category: 'Investment silver', unitPrice: 140 },
  ],
  trading: [
    { product: 'Mixed silver jewellery lot', category: 'Wholesale', unitPrice: 9 },
    { product: 'Jewellery gift boxes', category: 'Packaging', unitPrice: 1.2 },
    { product: 'Alloy fashion jewellery', category: 'Fashion jewellery', unitPrice: 2.5 },
    { product: 'Loose freshwater pearls', category: 'Pearl materials', unitPrice: 6 },
  ],
  retail: [
    { product: 'Sterling silver store assortment', category: 'Silver', unitPrice: 22 },
    { product: 'Holiday gift box', category: 'Seasonal gifts', unitPrice: 40 },
    { product: 'Gold charm bead', category: 'Gold', unitPrice: 120 },
    { product: 'Pearl bracelet', category: 'Pearls', unitPrice: 30 },
  ],
  distribution: [
    { product: 'Gold jewellery, regional bulk order', category: 'Gold', unitPrice: 330 },
    { product: 'Silver jewellery, full carton', category: 'Silver', unitPrice: 17 },
    { product: 'Pearl jewellery, full carton', category: 'Pearls', unitPrice: 28 },
    { product: 'Display cabinets and props', category: 'Display', unitPrice: 480 },
  ],
};

export function catalogFor(language: DemoLanguage, segment: DemoSegment): CatalogItem[] {
  return (language === 'zh' ? CHINESE : ENGLISH)[segment];
}
