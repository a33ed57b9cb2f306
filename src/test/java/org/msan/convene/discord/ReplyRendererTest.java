package org.msan.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.msan.convene.bot.Reply;

final class ReplyRendererTest {

  @BeforeAll
  static void neverPing() {
    DiscordBot.neverPing();
  }

  @Test
  @DisplayName("Text over 2,000 characters becomes several messages cut at sentences, never mid-word")
  void longTextIsSplit() {
    String sentence = "The Network will run for 2 years and meet in person four times a year. ";
    String text = sentence.repeat(70).strip();

    List<MessageCreateData> messages = ReplyRenderer.render(Reply.text(text));

    assertThat(messages).hasSizeGreaterThan(2);
    for (MessageCreateData message : messages) {
      assertThat(message.getContent().length()).isLessThanOrEqualTo(2000);
      assertThat(message.getContent()).startsWith("The Network").endsWith("a year.");
    }
    assertThat(String.join(" ", messages.stream().map(MessageCreateData::getContent).toList())).isEqualTo(text);
  }

  @Test
  @DisplayName("An embed description is trimmed at a sentence to 4,096; buttons go five to a row")
  void embedsAndButtonsWithinLimits() {
    String description = "Members learn with and from students. ".repeat(200);
    List<Reply.ReplyButton> buttons = java.util.stream.IntStream.range(0, 7)
        .mapToObj(i -> new Reply.ReplyButton("b:" + i, "B" + i, Reply.ReplyButton.Style.PRIMARY)).toList();

    MessageCreateData message = ReplyRenderer.render(
        Reply.embed(new Reply.Embed("Title", description, "", List.of(), "")).withButtons(buttons)).get(0);

    String shown = message.getEmbeds().get(0).getDescription();
    assertThat(shown.length()).isLessThanOrEqualTo(4096);
    assertThat(shown).endsWith("students.…");
    assertThat(message.getComponents()).hasSize(2);
  }

  @Test
  @DisplayName("No message pings anyone: allowed mentions parse nothing, @everyone is only text")
  void allowedMentionsNone() {
    MessageCreateData message = ReplyRenderer.render(Reply.text("@everyone the kick-off is in October <@&123>")).get(0);

    assertThat(message.getAllowedMentions()).isEmpty();
    String json = message.toData().toString();
    assertThat(json).contains("\"parse\":[]").contains("\"replied_user\":false");
  }
}
