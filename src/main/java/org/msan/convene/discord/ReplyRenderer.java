package org.msan.convene.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.msan.convene.bot.Reply;

/**
 * Turns a reply into Discord messages within Discord's limits: text over 2,000 characters becomes
 * several messages cut at sentences, embed texts are trimmed at a sentence, at most 5 buttons a row.
 * The first message carries the embeds, buttons and attachment.
 */
final class ReplyRenderer {

  private static final int BUTTONS_PER_ROW = 5;

  private ReplyRenderer() {}

  static List<MessageCreateData> render(Reply reply) {
    List<String> texts = reply.text().isEmpty() ? List.of("") : TextLimits.split(reply.text(), Message.MAX_CONTENT_LENGTH);
    List<MessageCreateData> messages = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      MessageCreateBuilder message = new MessageCreateBuilder().setContent(texts.get(i));
      if (i == 0) {
        message.setEmbeds(reply.embeds().stream().map(ReplyRenderer::embed).toList());
        message.setComponents(rows(reply.buttons()));
        if (reply.attachment() != null) {
          message.setFiles(FileUpload.fromData(reply.attachment().content(), reply.attachment().fileName()));
        }
      }
      messages.add(message.build());
    }
    return messages;
  }

  /** A form as a Discord modal: each field a labelled text input, within Discord's lengths. */
  static Modal modal(Reply.Form form) {
    Modal.Builder modal = Modal.create(form.id(), TextLimits.trim(form.title(), Modal.MAX_TITLE_LENGTH));
    for (Reply.Form.Field field : form.fields()) {
      TextInput.Builder input = TextInput.create(field.id(),
              field.paragraph() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
          .setRequired(field.required())
          .setMaxLength(Math.min(field.maxLength(), TextInput.MAX_VALUE_LENGTH));
      if (!field.value().isEmpty()) {
        input.setValue(TextLimits.trim(field.value(), Math.min(field.maxLength(), TextInput.MAX_VALUE_LENGTH)));
      }
      modal.addComponents(Label.of(TextLimits.trim(field.label(), Label.LABEL_MAX_LENGTH), input.build()));
    }
    return modal.build();
  }

  static MessageEmbed embed(Reply.Embed embed) {
    EmbedBuilder builder = new EmbedBuilder();
    if (!embed.title().isEmpty()) {
      builder.setTitle(TextLimits.trim(embed.title(), MessageEmbed.TITLE_MAX_LENGTH), embed.url().isEmpty() ? null : embed.url());
    }
    builder.setDescription(TextLimits.trim(embed.description(), MessageEmbed.DESCRIPTION_MAX_LENGTH));
    for (Reply.Embed.Field field : embed.fields()) {
      builder.addField(TextLimits.trim(field.name(), MessageEmbed.TITLE_MAX_LENGTH),
          TextLimits.trim(field.value(), MessageEmbed.VALUE_MAX_LENGTH), false);
    }
    if (!embed.footer().isEmpty()) {
      builder.setFooter(TextLimits.trim(embed.footer(), MessageEmbed.TEXT_MAX_LENGTH));
    }
    return builder.build();
  }

  private static List<ActionRow> rows(List<Reply.ReplyButton> buttons) {
    List<ActionRow> rows = new ArrayList<>();
    for (int start = 0; start < buttons.size() && rows.size() < 5; start += BUTTONS_PER_ROW) {
      rows.add(ActionRow.of(buttons.subList(start, Math.min(buttons.size(), start + BUTTONS_PER_ROW)).stream()
          .map(ReplyRenderer::button).toList()));
    }
    return rows;
  }

  private static Button button(Reply.ReplyButton button) {
    ButtonStyle style = switch (button.style()) {
      case PRIMARY -> ButtonStyle.PRIMARY;
      case SUCCESS -> ButtonStyle.SUCCESS;
      case DANGER -> ButtonStyle.DANGER;
      case SECONDARY -> ButtonStyle.SECONDARY;
    };
    return Button.of(style, button.id(), button.label());
  }
}
