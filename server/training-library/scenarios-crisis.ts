import type { ScenarioDraft } from '../../src/contract/training';

/**
 * Shipped scenarios with a life at risk, written from the seeds (a student who swallowed pills at
 * night, police reaching him through the address the counsellor drew out) and design.md §3.
 */
export const crisisScenarios: Record<string, ScenarioDraft> = {
  'pills-at-night': {
    title: '深夜吞药的大学生',
    titleEn: 'The student who swallowed pills at night',
    persona: { ageBand: '18-24', gender: 'male', occupation: 'student', region: '福州市闽侯县大学城', dialled: '059112356' },
    problem: 'self-harm',
    brief:
      '大二男生，凌晨一点多独自在宿舍。考研失利、与父母争吵后，吞下了大半瓶安眠药（约二十片），吞药后有些后悔才拨打热线。' +
      '说话越来越慢、有些含糊，一开始只哭、不愿说在哪里。学员耐心陪伴、直接询问是否已服药时才承认；' +
      '只有被追问具体地址和联系方式时才说出。若学员转接 120，配合说出地址后继续保持通话。',
    openingLine: '喂……我就是想找个人说说话……我好像做了傻事。',
    reveals: [
      { topic: 'means', whenAsked: '问是否已经吃了药、吃了什么', fact: '吃了妈妈放在我这儿的安眠药，大半瓶，二十片左右。' },
      { topic: 'time-frame', whenAsked: '问什么时候吃的', fact: '大概半个小时前，一点半左右。' },
      { topic: 'location', whenAsked: '问现在具体在哪里', fact: '福州大学城，福大学生公寓 5 号楼 302 室。' },
      { topic: 'people-around', whenAsked: '问身边有没有人', fact: '室友都回家了，宿舍只有我一个人。' },
      { topic: 'call-back', whenAsked: '问能联系到他的电话', fact: '就是我现在打的这个手机，13800138011。' },
      { topic: 'history', whenAsked: '问以前有没有过类似的想法或行为', fact: '高三的时候想过，但从来没真的做过。' },
    ],
    expected: {
      riskLevel: 'imminent',
      callType: 'counselling',
      askScreener: true,
      location: true,
      callBack: true,
      emergencyService: '120',
      referral: true,
      followUp: false,
    },
  },
  'friend-goodbye': {
    title: '替朋友打来的电话',
    titleEn: 'A third party calling about a friend',
    persona: { ageBand: '18-24', gender: 'female', occupation: 'office-worker', region: '厦门市思明区', dialled: '059212356' },
    problem: 'self-harm',
    brief:
      '刚工作一年的女孩，为好朋友打来。朋友失恋加被裁员，今晚在朋友圈发了“谢谢大家，再见了”，电话不接，微信只回了一句“别找我”。' +
      '来电者很慌，语速快，反复问“我该怎么办”。学员需稳住她的情绪，了解朋友的情况和所在位置，并判断是否联系 110 上门。',
    openingLine: '你好，我不是为我自己打的，我朋友好像要出事了，我不知道该找谁……',
    reveals: [
      { topic: 'location', whenAsked: '问朋友现在可能在哪里', fact: '她一个人租住在思明区莲前西路某小区 8 栋 1502，她刚才发的定位就在家。' },
      { topic: 'means', whenAsked: '问朋友有没有说过要怎么做', fact: '她前几天说过家里囤了很多药，还说楼层很高。' },
      { topic: 'time-frame', whenAsked: '问朋友最后一次消息是什么时候', fact: '二十分钟前，之后再也没回。' },
      { topic: 'call-back', whenAsked: '问来电者的联系方式', fact: '我的手机是 13800138012，随时可以打给我。' },
      { topic: 'people-around', whenAsked: '问朋友身边有没有人、来电者能否过去', fact: '她一个人住，我在集美，打车过去要四十分钟。' },
    ],
    expected: {
      riskLevel: 'imminent',
      callType: 'counselling',
      askScreener: true,
      location: true,
      callBack: true,
      emergencyService: '110',
      referral: true,
      followUp: false,
    },
  },
  'jobless-divorce': {
    title: '失业又离婚的中年人',
    titleEn: 'Unemployment and a marriage breaking down',
    persona: { ageBand: '35-44', gender: 'male', occupation: 'unemployed', region: '泉州市晋江市', dialled: '059512356' },
    problem: 'unemployment',
    brief:
      '四十岁男性，原是鞋厂车间主任，半年前工厂倒闭失业，房贷压力大，妻子上个月提出离婚并带孩子回了娘家。' +
      '白天在家喝闷酒，语气低沉、自责“是我没用”。被直接问到时承认想过死、想过从哪里跳下去，也有过“干脆算了”的念头，但还没有具体计划，' +
      '放心不下女儿。学员需完整评估风险、讨论安全计划，建议就医并约定回访。',
    openingLine: '……也没什么事，就是觉得日子过不下去了，想找个人说两句。',
    reveals: [
      { topic: 'means', whenAsked: '问是否想过用什么方式', fact: '想过从江滨大桥上跳下去，但没去过。' },
      { topic: 'time-frame', whenAsked: '问这些念头出现多久了、有没有定时间', fact: '最近两个星期天天在想，还没想好什么时候。' },
      { topic: 'people-around', whenAsked: '问身边有没有可以依靠的人', fact: '我姐姐在同一个小区，女儿很黏我，每周末会视频。' },
      { topic: 'call-back', whenAsked: '问能否留一个回访电话', fact: '可以，13800138013。' },
      { topic: 'history', whenAsked: '问睡眠、饮酒和就医情况', fact: '一个多月睡不好，每天喝半斤白酒，从来没看过心理医生。' },
    ],
    expected: {
      riskLevel: 'high',
      callType: 'counselling',
      askScreener: true,
      location: false,
      callBack: true,
      emergencyService: null,
      referral: true,
      followUp: true,
    },
  },
};
