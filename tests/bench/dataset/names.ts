/** Name parts for the benchmark's generated customers: common Chinese names with pinyin, and English names. */
export const CHINESE_SURNAMES: readonly [string, string][] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'],
  ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'],
  ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'],
  ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'],
  ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'],
  ['欧阳', 'ouyang'], ['司马', 'sima'],
];

export const CHINESE_GIVEN: readonly [string, string][] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['秀英', 'xiuying'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'],
  ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'],
  ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀兰', 'xiulan'], ['霞', 'xia'], ['平', 'ping'],
  ['刚', 'gang'], ['桂英', 'guiying'], ['志强', 'zhiqiang'], ['建华', 'jianhua'], ['晓燕', 'xiaoyan'], ['海燕', 'haiyan'],
  ['子涵', 'zihan'], ['雨萱', 'yuxuan'], ['浩然', 'haoran'], ['思远', 'siyuan'], ['文博', 'wenbo'], ['嘉怡', 'jiayi'],
];

export const ENGLISH_FIRST = [
  'James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William',
  'Susan', 'Richard', 'Jessica', 'Thomas', 'Sarah', 'Daniel', 'Karen', 'Emily', 'Oliver', 'Sophie', 'Lucas', 'Hannah',
  'Mateo', 'Chloé', 'Jürgen', 'Ana', 'Priya', 'Kenji', 'Amelia',
];

export const ENGLISH_LAST = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson',
  'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hughes',
  "O'Brien", 'Müller', 'Dubois', 'Rossi', 'Tanaka', 'Carter', 'Nguyen', 'Fischer',
];

export const CHINESE_COMPANY_WORDS: readonly [string, string][] = [
  ['金龙', 'jinlong'], ['华盛', 'huasheng'], ['东方', 'dongfang'], ['恒信', 'hengxin'], ['永安', 'yongan'],
  ['西湖', 'xihu'], ['长江', 'changjiang'], ['鑫源', 'xinyuan'], ['宏达', 'hongda'], ['天成', 'tiancheng'],
  ['瑞丰', 'ruifeng'], ['中科', 'zhongke'], ['万家', 'wanjia'], ['嘉和', 'jiahe'], ['新世纪', 'xinshiji'],
];
export const CHINESE_TRADES: readonly [string, string][] = [
  ['珠宝', 'jewellery'], ['贸易', 'trading'], ['电子', 'tech'], ['茶业', 'tea'], ['酒店用品', 'hotel'],
  ['服饰', 'fashion'], ['食品', 'food'], ['建材', 'build'],
];
export const CHINESE_CITIES = ['深圳', '上海', '北京', '杭州', '广州', '成都', '苏州', '南京', '武汉', '厦门'];
export const ENGLISH_COMPANY_WORDS = ['Harbour', 'Summit', 'Northwind', 'Blue Ridge', 'Evergreen', 'Atlas', 'Pioneer', 'Crescent'];
export const ENGLISH_TRADES: readonly [string, string][] = [
  ['Hotels', 'hotels'], ['Trading', 'trading'], ['Supplies', 'supplies'], ['Retail', 'retail'], ['Foods', 'foods'],
];
export const FREE_MAIL = ['qq.com', '163.com', '126.com', 'gmail.com', 'outlook.com', 'sina.com'];

export const PRODUCTS = ['春季新款手链', '金项链', '酒店洗护套装', '龙井茶礼盒', 'Room amenities kit', 'Silk scarf', '定制名片盒', 'Gift set'];
export const SUBJECTS = ['报价单', '订单确认', '发货安排', '付款方式', 'Re: delivery date', 'Quotation request', '售后问题', 'Meeting next week'];
export const LIKES = ['绿茶', '高尔夫', '书法', 'red wine', 'hiking', '古典音乐', 'photography', '旅游'];
