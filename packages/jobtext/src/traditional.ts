/**
 * Traditional → simplified for the characters job ads use, so that 工資 matches 工资 and 聯繫電話
 * matches 联系电话. For comparing and searching only, never for display: a few mappings merge
 * characters that stay distinct in careful writing (係/繫 → 系, 裏 → 里).
 */

/** Pairs of traditional and simplified characters, written one after the other. */
const PAIRS =
  "資资經经驗验聯联繫系係系優优點点時时間间電电話话崗岗負负責责務务員员會会個个們们來来對对發发現现應应" +
  "際际進进還还這这過过開开關关學学歷历齡龄體体齊齐協协調调職职業业區区縣县鎮镇鄉乡場场廠厂車车輛辆機机" +
  "運运輸输貨货裝装錢钱獎奖勵励補补貼贴險险醫医療疗養养護护證证書书專专長长處处級级產产線线組组織织紡纺" +
  "紗纱針针銷销費费價价買买賣卖單单雙双週周節节傷伤歲岁強强為为爲为與与並并從从後后裡里裏里門门號号樓楼" +
  "園园廳厅館馆飯饭廚厨師师麵面駕驾駛驶鋼钢鐵铁網网絡络計计劃划畫画識识認认訓训練练試试課课導导辦办勞劳" +
  "動动約约遞递達达將将實实準准備备設设環环質质檢检測测數数據据庫库監监總总營营幹干淨净潔洁衛卫條条牆墙" +
  "層层億亿萬万傳传統统農农藝艺採采種种蘋苹葉叶樹树華华興兴東东烏乌魯鲁額额頭头顧顾戶户帶带張张劉刘陳陈" +
  "楊杨趙赵吳吴馬马習习軟软則则規规範范歡欢請请詢询謝谢讀读語语說说寫写預预報报滿满無无愛爱氣气熱热態态" +
  "積积極极嚴严紀纪續续簽签訂订稅税類类別别紅红黃黄綠绿藍蓝餘余夥伙佈布隻只於于盡尽歷历氫氢礦矿" +
  "築筑灣湾廣广莊庄樂乐聽听見见視视頁页題题顯显觀观覺觉親亲讓让論论設设許许證证評评識识議议讚赞貸贷" +
  "週周邊边鄰邻銀银錄录鏈链鍋锅門门閒闲闆板隊队陽阳階阶隨随險险雜杂離离雲云電电靜静韓韩頓顿領领頻频飛飞" +
  "飲饮饑饥髮发鬆松魚鱼鳥鸟麥麦黨党齒齿龍龙壓压壞坏壯壮聲声處处夠够夢梦奪夺婦妇寬宽寧宁尋寻對对屬属" +
  "嶺岭帳帐幣币廢废態态懷怀戰战擇择擔担據据擁拥擊击擴扩攝摄敗败斷断昇升暫暂曆历棄弃檢检歸归殘残殺杀氣气" +
  "滅灭濟济災灾爭争獨独獲获瑪玛環环畢毕畝亩療疗盤盘確确礎础禮礼穩稳窮穷競竞筆笔範范節节簡简糧粮級级納纳" +
  "紐纽純纯紙纸細细終终絕绝給给統统絲丝維维綜综緊紧編编緣缘縮缩總总績绩繼继纜缆罰罚罷罢聖圣聞闻腦脑臨临" +
  "舉举艱艰術术襯衬覽览訊讯託托記记訪访詳详誌志課课談谈調调諮咨謀谋講讲貢贡貧贫責责貴贵貿贸賃赁資资賓宾" +
  "賠赔賽赛贏赢趕赶跡迹躍跃軍军軸轴較较載载輔辅輕轻轉转辭辞遠远適适遲迟選选遺遗醜丑釋释針针鈕钮銳锐錯错" +
  "鍵键鎖锁鏡镜長长閉闭閱阅陸陆陣阵隱隐雞鸡難难電电響响頂顶項项順顺預预頭头顏颜願愿風风飾饰養养";

const MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const [traditional, simplified] = [chars[i] as string, chars[i + 1] as string];
    if (traditional !== simplified) map.set(traditional, simplified);
  }
  return map;
})();

const TRADITIONAL = new RegExp(`[${[...MAP.keys()].join("")}]`, "gu");

/** The text with the traditional characters of the table replaced by their simplified forms. */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (c) => MAP.get(c) ?? c);
}

/** How many traditional characters the table maps (for tests). */
export const TRADITIONAL_CHARACTERS = MAP.size;
