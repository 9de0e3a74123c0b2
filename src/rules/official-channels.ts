import type { Vocabulary } from '../model/vocab.js';
import type { Rule } from './types.js';

/** Leftovers of a checklist's tick boxes (■/□ lost in conversion: ◆, √ …) or its numbering (1. 2、) at the start. */
const LEFTOVER = /^(?:[◆◇■□√☑☐●○▲△★☆✓✔]|\d{1,2}\s*[.、．])\s*/;
/** 口 (for □) and t (a lost Wingdings tick) also begin real words (口岸, 口头告知): leftovers only before an official name. */
const LEFTOVER_BEFORE_NAME = /^[口t](?=[\u4e00-\u9fff\d])/;

/**
 * The schema keeps `channels` to the official checklist; `channelsOther` is free text, so an official channel or a
 * variant of one can hide there, as can the tick-box glyphs a converted table leaves behind (primer §1.4, §9 row 3).
 */
export const officialChannels: Rule = {
  meta: {
    id: 'official-channels',
    severity: 'error',
    description: { zh: '公开渠道使用规定名称', en: 'Channels use the official names' },
    messageSeverity: { otherWithoutText: 'warning' },
    messages: {
      official: {
        zh: '“{text}”是规定的公开渠道，不属于“其他渠道”。请删去此项，在 channels 中选择“{name}”。',
        en: '"{text}" is an official channel, not an other channel. Remove it here and select "{name}" in channels.',
      },
      variant: {
        zh: '“{text}”是规定渠道“{name}”的另一种写法。请删去此项，在 channels 中选择规定名称“{name}”。',
        en: '"{text}" is another name for the official channel "{name}". Remove it here and select the official name "{name}" in channels.',
      },
      leftover: {
        zh: '“{text}”开头的“{glyph}”是表格复选框或编号转换后的残留。请删去它，写成“{fixed}”。',
        en: 'The "{glyph}" at the start of "{text}" is a tick box or a number left over from converting a table. Remove it: "{fixed}".',
      },
      leftoverOfficial: {
        zh: '“{text}”开头的“{glyph}”是表格复选框或编号转换后的残留，去掉后是规定渠道“{name}”。请删去此项，在 channels 中选择“{name}”。',
        en: 'The "{glyph}" at the start of "{text}" is a tick box or a number left over from a table; without it this is the official channel "{name}". Remove the entry and select "{name}" in channels.',
      },
      otherWithoutText: {
        zh: '渠道选了“其他”，但没有写明是什么渠道。请在 channelsOther 中写出渠道名称，如 channelsOther: [示例省政务服务网]；没有其他渠道就去掉“其他”。',
        en: 'The channels include "其他" (other) without saying which. Name it in channelsOther, e.g. channelsOther: [示例省政务服务网], or drop "其他".',
      },
    },
  },
  check(ctx) {
    const official = officialNames(ctx.vocab);
    for (const item of ctx.catalogue.items) {
      const others = item.channelsOther ?? [];
      const otherAt = item.channels.indexOf('其他');
      if (otherAt >= 0 && others.every((text) => text.trim() === '')) ctx.report({ path: ['items', item.index, 'channels', otherAt], messageId: 'otherWithoutText' });
      others.forEach((text, k) => {
        const path = ['items', item.index, 'channelsOther', k];
        const trimmed = text.trim();
        let leftover = LEFTOVER.exec(trimmed);
        const ambiguous = LEFTOVER_BEFORE_NAME.exec(trimmed);
        if (!leftover && ambiguous && official.has(trimmed.slice(1))) leftover = ambiguous;
        const fixed = leftover ? trimmed.slice(leftover[0].length) : trimmed;
        const name = official.get(fixed);
        if (leftover && fixed !== '') {
          const glyph = leftover[0].trim();
          if (name) ctx.report({ path, messageId: 'leftoverOfficial', data: { text, glyph, name } });
          else ctx.report({ path, messageId: 'leftover', data: { text, glyph, fixed } });
        } else if (name) ctx.report({ path, messageId: name === fixed ? 'official' : 'variant', data: { text, name } });
      });
    }
  },
};

/** Official channel names and their variants (vocab/channels.yaml) → the official name. */
function officialNames(vocab: Vocabulary): Map<string, string> {
  const names = new Map<string, string>();
  for (const channel of vocab.channels) {
    names.set(channel.name, channel.name);
    for (const variant of channel.variants) names.set(variant, channel.name);
  }
  return names;
}
