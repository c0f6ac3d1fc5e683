import type { ScenarioDraft, ScenarioExpectations } from '../../src/contract/training';

/** Calls without an emergency: no location, no hand-off; the screen still asked where the talk calls for it. */
const talk = (riskLevel: ScenarioExpectations['riskLevel'], more: Partial<ScenarioExpectations> = {}): ScenarioExpectations => ({
  riskLevel,
  callType: 'counselling',
  askScreener: true,
  location: false,
  callBack: false,
  emergencyService: null,
  referral: false,
  followUp: false,
  ...more,
});

/** Shipped everyday and nuisance scenarios, from the callers the seeds and design.md §1 describe. */
export const everydayScenarios: Record<string, ScenarioDraft> = {
  'postgraduate-exam': {
    title: '考研压力下的深夜来电',
    titleEn: 'Exam and postgraduate-admission stress',
    persona: { ageBand: '18-24', gender: 'female', occupation: 'student', region: '福州市鼓楼区', dialled: '12356' },
    problem: 'study',
    brief:
      '大四女生，第二次考研，离考试只剩四十天，保研名额落空后一直觉得自己“什么都做不好”。深夜复习时崩溃大哭，' +
      '一开始哭得说不出话。被问到时承认有过“睡着了不醒来就好了”的念头，但没有想过伤害自己。学员需先稳定情绪，' +
      '完成风险筛查，再陪她梳理考试计划和可以求助的人，结束时她答应明天开始落实计划。',
    openingLine: '（哭）对不起……我就是复习不下去了，我是不是很没用……',
    reveals: [
      { topic: 'history', whenAsked: '问有没有过不想活的念头', fact: '有时候会想睡着了不醒来就好了，但我没想过自杀，我爸妈就我一个。' },
      { topic: 'people-around', whenAsked: '问身边有没有可以说话的人', fact: '室友人很好，但她们都保研了，我不好意思说。' },
      { topic: 'other', whenAsked: '问最近的作息', fact: '每天学到两点，六点起，已经一个月这样了。' },
    ],
    expected: talk('low'),
  },
  'parent-teen': {
    title: '孩子不肯上学的母亲',
    titleEn: 'A parent–child conflict',
    persona: { ageBand: '45-59', gender: 'female', occupation: 'teacher', region: '莆田市城厢区', dialled: '059412356' },
    problem: 'parent-child',
    brief:
      '初中教师，儿子 15 岁读初三，两周来锁在房间打游戏、不肯上学。昨晚她拔了网线，儿子摔门说“你再管我我就走”。' +
      '她又气又委屈，觉得“教了别人的孩子，自己的孩子管不好”。学员需倾听和共情，了解孩子的情况（如有无自伤言语），' +
      '与她一起想沟通的办法；若孩子出现自伤或情绪症状持续，建议到青少年心理门诊就诊。',
    openingLine: '老师您好，我想咨询一下，孩子现在完全不听我的，我真的不知道怎么办了。',
    reveals: [
      { topic: 'history', whenAsked: '问孩子有没有说过伤害自己的话', fact: '没有说过，就是说要离家出走。' },
      { topic: 'people-around', whenAsked: '问孩子父亲的态度', fact: '他爸在外地跑工程，一个月回来一次，回来就是骂。' },
      { topic: 'other', whenAsked: '问孩子在学校的情况', fact: '班主任说他上学期被同学起外号，成绩也掉得厉害。' },
    ],
    expected: talk('none', { askScreener: false }),
  },
  'rider-insomnia': {
    title: '失眠的外卖骑手',
    titleEn: 'A delivery rider’s work stress and insomnia',
    persona: { ageBand: '25-34', gender: 'male', occupation: 'delivery-rider', region: '福州市仓山区', dialled: '059112356' },
    problem: 'sleep',
    brief:
      '外卖骑手，每天跑十二个小时，最近因超时被扣钱、被顾客投诉，已经一个多月每晚只睡三四个小时，胃口也差。' +
      '说话急、不耐烦，说“没时间聊太久，一会还要跑单”。问到时说偶尔觉得活着太累，但从没想过自杀。' +
      '学员需在有限时间里共情、完成筛查，给出睡眠和减压的建议，并因症状持续两周以上建议到医院就诊。',
    openingLine: '喂，你们这个热线是能帮人解决睡不着的吧？我就问几句。',
    reveals: [
      { topic: 'history', whenAsked: '问失眠多久、白天状态', fact: '一个多月了，白天骑车老犯困，上周差点撞了人。' },
      { topic: 'people-around', whenAsked: '问家人情况', fact: '老婆孩子在老家，我一个人在福州租房。' },
      { topic: 'other', whenAsked: '问有没有饮酒或用药助眠', fact: '睡前喝两瓶啤酒，还是睡不着。' },
    ],
    expected: talk('low', { referral: true }),
  },
  'elder-sleep': {
    title: '老伴去世后睡不着的老人',
    titleEn: 'An older caller’s sleep problems',
    persona: { ageBand: '60-plus', gender: 'female', occupation: 'retired', region: '南平市延平区', dialled: '059912356' },
    problem: 'sleep',
    brief:
      '七十岁退休女工，老伴三个月前病逝，子女在外地工作。夜里两三点醒来就再也睡不着，白天没精神、吃饭没味道。' +
      '说话慢、有方言口音，会反复讲老伴生病的经过。被问到时说“没想过寻死，就是觉得一个人没意思”。' +
      '学员需有耐心地倾听，完成筛查，关注丧亲反应和睡眠，建议到医院老年心理或睡眠门诊就诊，并联系子女。',
    openingLine: '姑娘，这么晚打扰你了……我就是睡不着，想找个人说说话。',
    reveals: [
      { topic: 'history', whenAsked: '问睡不好多久了', fact: '老伴走了以后就这样，快三个月了。' },
      { topic: 'people-around', whenAsked: '问子女和邻居', fact: '儿子在上海，一星期打一次电话，我不想让他担心。' },
      { topic: 'means', whenAsked: '问有没有吃安眠药', fact: '社区医院开过一盒，我怕上瘾没敢吃。' },
    ],
    expected: talk('none', { referral: true }),
  },
  'silent-caller': {
    title: '沉默来电',
    titleEn: 'A silent caller',
    persona: { ageBand: 'unknown', gender: 'unknown', occupation: 'unknown', region: '福州市', dialled: '12356' },
    problem: 'mood',
    brief:
      '接通后一直不说话，只有轻微的呼吸声和电视背景声。培训师全程保持沉默。学员需耐心、温和地邀请对方开口' +
      '（如“我在这里听着，您想说的时候再说”），多次邀请无回应后说明可以随时再打来，礼貌结束通话，并将来电类型记为沉默来电。',
    openingLine: '（沉默，只有呼吸声）',
    reveals: [],
    expected: talk('none', { callType: 'silent', askScreener: false }),
  },
  'prank-caller': {
    title: '恶作剧来电',
    titleEn: 'A prank caller',
    persona: { ageBand: '12-17', gender: 'male', occupation: 'student', region: '漳州市芗城区', dialled: '059612356' },
    problem: 'information',
    brief:
      '几个中学生在宿舍里起哄打来，背景有笑声。先说“我失恋了要跳楼”，被追问时忍不住笑场，随后问些无关问题、说脏话。' +
      '学员需先认真对待、确认是否真有风险，识别恶作剧后平和地说明热线是留给需要帮助的人，礼貌结束，并记为恶作剧来电。',
    openingLine: '喂？心理热线是吧？我……我失恋了，我要跳楼！（背景里有人在笑）',
    reveals: [
      { topic: 'location', whenAsked: '问现在在哪里', fact: '（笑）在月球上啊。' },
      { topic: 'other', whenAsked: '认真询问是否真的想伤害自己', fact: '（几个人哄笑）骗你的啦，你们真好骗。' },
    ],
    expected: talk('none', { callType: 'prank', askScreener: false }),
  },
};
