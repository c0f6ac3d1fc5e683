/**
 * Simplified Chinese for the supervisor's panels: loaded with them (loadSupervisorMessages), never
 * with a counsellor's first screen, which must stay within its size budget (README).
 */
export const zhCNSupervisor = {
  nuisance: {
    title: '骚扰号码名单',
    loadFailed: '暂时无法读取骚扰号码名单',
    callTypes: {
      counselling: '心理咨询 / 求助',
      silent: '无声来电',
      prank: '恶作剧',
      abusive: '辱骂骚扰',
      'wrong-number': '打错电话',
    },
    suggestions: {
      title: '咨询员的建议（待审核）',
      empty: '暂无待审核的建议。',
      by: '{{name}} · {{time}} 提出',
      call: '该通来电：{{time}} · {{type}}',
      alreadyListed: '此号码已在名单中；再次列入将以新的原因和有效期替换原记录。',
      list: '列入名单…',
      dismiss: '不予列入',
    },
    listings: {
      title: '名单中的号码',
      empty: '名单中暂无号码。',
      number: '号码',
      reason: '原因',
      listed: '列入',
      expires: '到期',
      effect: '处理方式',
      listedBy: '{{name}} · {{time}}',
      blocked: '直接拒接',
      queuedLast: '排在队尾',
      remove: '提前移除',
      removeLabel: '提前移除 {{number}}',
    },
    decide: {
      title: '将 {{number}} 列入骚扰号码名单',
      reason: '列入原因',
      reasonHint: '其他督导复核时会看到；请勿写入来电者的姓名等个人信息。',
      expiry: '有效期（必选）',
      expiries: {
        '24h': '24 小时',
        '7d': '7 天',
        '30d': '30 天',
      },
      until: '到期时间：{{time}}',
      effect: '列入后，此号码来电排在队尾，振铃时提醒接听的咨询员。',
      block: '同时拦截：此号码来电直接拒接，不进入排队',
      blockHint: '拦截可能挡住真正需要帮助的来电者，仅在确有必要时勾选；到期自动解除。',
      confirm: '列入名单',
      cancel: '取消',
    },
  },
};
